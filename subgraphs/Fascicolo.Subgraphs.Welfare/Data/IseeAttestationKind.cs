using Fascicolo.Domain.SyntheticCity.Isee;

namespace Fascicolo.Subgraphs.Welfare.Data;

/// <summary>The kinds of ISEE attestation (DPCM 159/2013), with the codes stored in <c>isee_attestation.type</c>.</summary>
internal enum IseeAttestationKind : short
{
    /// <summary>ISEE ordinario.</summary>
    Ordinary = 1,

    /// <summary>ISEE minorenni: for minors whose parents do not live together.</summary>
    Minors = 2,

    /// <summary>ISEE università: for the right to study.</summary>
    University = 3,

    /// <summary>ISEE socio-sanitario: social and health care for adults.</summary>
    SocialHealth = 4,
}

/// <summary>Maps the synthetic city's <see cref="IseeType"/> to <see cref="IseeAttestationKind"/>.</summary>
internal static class IseeAttestationKinds
{
    /// <summary>The kind of a generated attestation.</summary>
    public static IseeAttestationKind From(IseeType type) => type switch
    {
        IseeType.Ordinary => IseeAttestationKind.Ordinary,
        IseeType.Minors => IseeAttestationKind.Minors,
        IseeType.SocialHealth => IseeAttestationKind.SocialHealth,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown ISEE type."),
    };
}
