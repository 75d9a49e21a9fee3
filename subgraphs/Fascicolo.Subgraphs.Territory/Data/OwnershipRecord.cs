namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>A row of <c>cadastral_ownership</c>: a share of a unit and its owner.</summary>
/// <param name="CadastralUnitId">The unit.</param>
/// <param name="OwnerFiscalCode">The owner.</param>
/// <param name="ShareNumerator">The share's numerator, e.g. 1 of 1/2.</param>
/// <param name="ShareDenominator">The share's denominator, e.g. 2 of 1/2.</param>
/// <param name="Since">The day the owner acquired the share.</param>
internal sealed record OwnershipRecord(string CadastralUnitId, string OwnerFiscalCode, int ShareNumerator, int ShareDenominator, DateOnly Since);
