namespace Fascicolo.Subgraphs.Payments.Seed;

/// <summary>A public body that receives transfers: its fiscal code and name.</summary>
/// <param name="FiscalCode">The 11-digit fiscal code.</param>
/// <param name="Name">The name as pagoPA shows it.</param>
internal sealed record Beneficiary(string FiscalCode, string Name);
