namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>A business registered in the city (Registro delle imprese).</summary>
/// <param name="FiscalCode">The 11-digit company fiscal code (for a ditta individuale, its VAT number).</param>
/// <param name="Name">The registered name (denominazione).</param>
/// <param name="LegalForm">The legal form, e.g. <c>DI</c> (ditta individuale), <c>SRL</c>, <c>SNC</c>; see <see cref="LegalForms"/>.</param>
/// <param name="OwnerFiscalCode">The owner or legal representative, a resident.</param>
/// <param name="AtecoCode">The main ATECO activity code, e.g. <c>56.10.11</c>; see <see cref="AtecoActivities"/>.</param>
/// <param name="BuildingId">The building of its registered office or premises.</param>
public sealed record Company(
    string FiscalCode,
    string Name,
    string LegalForm,
    string OwnerFiscalCode,
    string AtecoCode,
    string BuildingId)
{
    /// <summary>The day the company was entered in the Registro delle imprese.</summary>
    public DateOnly RegisteredOn { get; init; }
}
