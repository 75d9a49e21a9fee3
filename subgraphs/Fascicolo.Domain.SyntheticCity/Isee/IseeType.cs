namespace Fascicolo.Domain.SyntheticCity.Isee;

/// <summary>The kind of ISEE attestation (DPCM 159/2013).</summary>
public enum IseeType
{
    /// <summary>ISEE ordinario: the standard one.</summary>
    Ordinary,

    /// <summary>ISEE minorenni: benefits for minors whose parents do not live together.</summary>
    Minors,

    /// <summary>ISEE socio-sanitario: social and health care for adults.</summary>
    SocialHealth,
}
