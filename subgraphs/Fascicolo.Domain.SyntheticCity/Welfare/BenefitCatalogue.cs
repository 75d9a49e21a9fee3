using System.Collections.Frozen;

namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>
/// The benefits the city grants. Codes follow the letters and numbering of the Nomenclatore
/// interregionale degli interventi e servizi sociali (CISIS 2013) that SIUSS records use: M
/// income support, L transfers for services, G home care, H support services, I residential fees,
/// F educational services, E social integration.
/// </summary>
public static class BenefitCatalogue
{
    /// <summary>Contributo economico per integrazione al reddito familiare: monthly income support.</summary>
    public static readonly BenefitType IncomeSupport = new("M1.01", "Contributo economico per integrazione al reddito familiare", true, true, BenefitForm.CashTransfer, WelfareUserArea.Poverty);

    /// <summary>Contributo economico una tantum: a one-off payment for an emergency.</summary>
    public static readonly BenefitType OneOffContribution = new("M1.02", "Contributo economico una tantum", false, true, BenefitForm.CashTransfer, WelfareUserArea.Poverty);

    /// <summary>Contributo economico per l'alloggio: help with the rent.</summary>
    public static readonly BenefitType HousingContribution = new("M1.03", "Contributo economico per l'alloggio", true, true, BenefitForm.CashTransfer, WelfareUserArea.Poverty);

    /// <summary>Contributo economico a sostegno della genitorialità: for families with minors.</summary>
    public static readonly BenefitType ParentingContribution = new("M1.04", "Contributo economico a sostegno della genitorialità", true, true, BenefitForm.CashTransfer, WelfareUserArea.FamilyAndMinors);

    /// <summary>Assegno di cura: a monthly allowance for the care of a non-self-sufficient person.</summary>
    public static readonly BenefitType CareAllowance = new("L1.01", "Assegno di cura per persone non autosufficienti", true, true, BenefitForm.CashTransfer, WelfareUserArea.Disability);

    /// <summary>Assistenza domiciliare socio-assistenziale: home care, cost shared by ISEE.</summary>
    public static readonly BenefitType HomeCare = new("G1.01", "Assistenza domiciliare socio-assistenziale", true, true, BenefitForm.Service, WelfareUserArea.Elderly);

    /// <summary>Trasporto sociale: rides to care and day centres; not means-tested.</summary>
    public static readonly BenefitType SocialTransport = new("H1.01", "Trasporto sociale", true, false, BenefitForm.Service, WelfareUserArea.Disability);

    /// <summary>Integrazione retta per strutture residenziali: the city pays part of a care home's fee.</summary>
    public static readonly BenefitType ResidentialFee = new("I1.01", "Integrazione retta per strutture residenziali", true, true, BenefitForm.Service, WelfareUserArea.Elderly);

    /// <summary>Sostegno socio-educativo domiciliare: an educator at home for a minor; not means-tested.</summary>
    public static readonly BenefitType EducationalSupport = new("F1.01", "Sostegno socio-educativo domiciliare per minori", true, false, BenefitForm.Service, WelfareUserArea.FamilyAndMinors);

    /// <summary>Mediazione interculturale: a one-off mediation service; not means-tested.</summary>
    public static readonly BenefitType CulturalMediation = new("E1.01", "Mediazione interculturale", false, false, BenefitForm.Service, WelfareUserArea.Immigrants);

    /// <summary>Every benefit type, in code order within each letter as listed above.</summary>
    public static IReadOnlyList<BenefitType> All { get; } =
    [
        IncomeSupport, OneOffContribution, HousingContribution, ParentingContribution, CareAllowance,
        HomeCare, SocialTransport, ResidentialFee, EducationalSupport, CulturalMediation,
    ];

    private static readonly FrozenDictionary<string, BenefitType> ByCode = All.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);

    /// <summary>The benefit type with this code, or null.</summary>
    public static BenefitType? Find(string code) => code is null ? null : ByCode.GetValueOrDefault(code);
}
