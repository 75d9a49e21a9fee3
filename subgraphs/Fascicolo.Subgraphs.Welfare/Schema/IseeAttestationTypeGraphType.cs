using Fascicolo.Subgraphs.Welfare.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>The <c>IseeAttestationType</c> enum.</summary>
internal sealed class IseeAttestationTypeGraphType : EnumerationGraphType<IseeAttestationKind>
{
    /// <summary>Names the enum and describes its values.</summary>
    public IseeAttestationTypeGraphType()
    {
        Name = "IseeAttestationType";
        Description = "The kinds of ISEE attestation (DPCM 159/2013).";
        Describe(IseeAttestationKind.Ordinary, "ISEE ordinario.");
        Describe(IseeAttestationKind.Minors, "ISEE minorenni: benefits for minors whose parents do not live together.");
        Describe(IseeAttestationKind.University, "ISEE università: the right to university study.");
        Describe(IseeAttestationKind.SocialHealth, "ISEE socio-sanitario: social and health care for adults.");
    }

    private void Describe(IseeAttestationKind value, string description) => Values.FindByValue(value)!.Description = description;
}
