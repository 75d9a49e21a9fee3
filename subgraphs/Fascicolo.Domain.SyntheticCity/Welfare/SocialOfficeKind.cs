namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>What kind of social-service office follows a case.</summary>
public enum SocialOfficeKind
{
    /// <summary>Ambito Territoriale Sociale: Genova's social districts, one per municipio.</summary>
    SocialDistrict = 1,

    /// <summary>Sportello sociale: the social desk of a smaller municipality.</summary>
    MunicipalDesk = 2,
}
