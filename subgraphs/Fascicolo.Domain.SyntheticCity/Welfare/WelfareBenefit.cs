namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>
/// A social benefit granted to one beneficiary: the SIUSS "prestazione" record, field by field.
/// Amounts are integer euro cents; <c>CityShareCents + UserShareCents == MonthlyAmountCents</c>.
/// </summary>
/// <param name="Id">Stable id, <c>BEN-</c> + seven digits.</param>
/// <param name="BeneficiaryFiscalCode">The beneficiary's fiscal code.</param>
/// <param name="HouseholdId">The beneficiary's household when the benefit was granted.</param>
/// <param name="SocialCaseId">The social case it was granted within, or null when granted without one.</param>
/// <param name="Code">The benefit code (codice prestazione), see <see cref="BenefitCatalogue"/>.</param>
/// <param name="Name">The benefit name (denominazione prestazione).</param>
/// <param name="IsPeriodic">Periodic (P) or one-off (O).</param>
/// <param name="IsMeansTested">Subject to the means test (ISEE).</param>
/// <param name="IseeProtocol">The DSU protocol of the household's ISEE attestation; null when not means-tested.</param>
/// <param name="StartDate">The first day (data inizio).</param>
/// <param name="EndDate">The last day (data fine); the start date for a one-off benefit.</param>
/// <param name="PaymentDate">The day it was (first) paid or the service first delivered (data erogazione).</param>
/// <param name="MonthlyAmountCents">The monthly amount (importo mensile); the whole amount of a one-off benefit.</param>
/// <param name="CityShareCents">What the city pays (quota a carico dell'ente).</param>
/// <param name="UserShareCents">What the user pays (quota a carico dell'utente, compartecipazione).</param>
/// <param name="IsTakenInCharge">Granted to someone taken in charge by the social service (presa in carico).</param>
/// <param name="Area">The user area (area di utenza).</param>
public sealed record WelfareBenefit(
    string Id,
    string BeneficiaryFiscalCode,
    string? HouseholdId,
    string? SocialCaseId,
    string Code,
    string Name,
    bool IsPeriodic,
    bool IsMeansTested,
    string? IseeProtocol,
    DateOnly StartDate,
    DateOnly EndDate,
    DateOnly PaymentDate,
    long MonthlyAmountCents,
    long CityShareCents,
    long UserShareCents,
    bool IsTakenInCharge,
    WelfareUserArea Area);
