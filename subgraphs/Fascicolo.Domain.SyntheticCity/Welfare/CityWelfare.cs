namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>
/// The social services facet of the city (cartella sociale): offices, social cases and the benefits
/// granted, as SIUSS records them. Means-tested benefits carry the DSU protocol of one of the
/// beneficiary's household's ISEE attestations (<see cref="Isee.CityIsee"/>).
/// </summary>
public static class CityWelfare
{
    private const string FacetName = "welfare";

    /// <summary>The social-service offices: one district (ATS) per Genova municipio, one desk per other municipality.</summary>
    public static IReadOnlyList<SocialOffice> SocialOffices(this City city) => Register(city).Offices;

    /// <summary>Every social case, in household order.</summary>
    public static IReadOnlyList<SocialCase> SocialCases(this City city) => Register(city).Cases;

    /// <summary>Every benefit granted, in household order.</summary>
    public static IReadOnlyList<WelfareBenefit> WelfareBenefits(this City city) => Register(city).Benefits;

    /// <summary>The cases of one person; empty for none.</summary>
    public static IReadOnlyList<SocialCase> SocialCasesOf(this City city, string fiscalCode) =>
        Register(city).CasesByPerson.GetValueOrDefault(fiscalCode) ?? [];

    /// <summary>The benefits granted to one person; empty for none.</summary>
    public static IReadOnlyList<WelfareBenefit> WelfareBenefitsOf(this City city, string fiscalCode) =>
        Register(city).BenefitsByPerson.GetValueOrDefault(fiscalCode) ?? [];

    private static WelfareRegister Register(City city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return city.Facet(FacetName, WelfareGenerator.Generate);
    }
}
