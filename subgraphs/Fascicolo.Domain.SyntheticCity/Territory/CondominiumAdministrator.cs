namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>The administrator (amministratore di condominio) appointed by the owners' assembly.</summary>
/// <param name="Kind">A person or a company.</param>
/// <param name="Name">The person's full name or the company's registered name.</param>
/// <param name="FiscalCode">A person's 16-character fiscal code (always a resident's) or a company's 11-digit one.</param>
/// <param name="Since">The day of the appointment.</param>
public sealed record CondominiumAdministrator(AdministratorKind Kind, string Name, string FiscalCode, DateOnly Since);
