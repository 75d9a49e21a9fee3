namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>A kind of social benefit (prestazione sociale) of the catalogue; see <see cref="BenefitCatalogue"/>.</summary>
/// <param name="Code">The benefit code in the nomenclatore style, e.g. <c>M1.01</c>.</param>
/// <param name="Name">The benefit name (denominazione prestazione), in Italian.</param>
/// <param name="IsPeriodic">Periodic (carattere P) rather than one-off (carattere O, una tantum).</param>
/// <param name="IsMeansTested">Granted on an ISEE (prestazione soggetta a prova dei mezzi).</param>
/// <param name="Form">Cash transfer or service.</param>
/// <param name="Area">The user area it usually serves.</param>
public sealed record BenefitType(string Code, string Name, bool IsPeriodic, bool IsMeansTested, BenefitForm Form, WelfareUserArea Area);
