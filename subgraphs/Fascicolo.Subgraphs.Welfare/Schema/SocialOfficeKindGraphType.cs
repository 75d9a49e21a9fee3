using Fascicolo.Domain.SyntheticCity.Welfare;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>The <c>SocialOfficeKind</c> enum.</summary>
internal sealed class SocialOfficeKindGraphType : EnumerationGraphType<SocialOfficeKind>
{
    /// <summary>Names the enum and describes its values.</summary>
    public SocialOfficeKindGraphType()
    {
        Name = "SocialOfficeKind";
        Description = "The kinds of social-service office.";
        Describe(SocialOfficeKind.SocialDistrict, "Ambito Territoriale Sociale (ATS): one of Genova's social districts, one per municipio.");
        Describe(SocialOfficeKind.MunicipalDesk, "Sportello sociale: the social desk of a smaller municipality.");
    }

    private void Describe(SocialOfficeKind value, string description) => Values.FindByValue(value)!.Description = description;
}
