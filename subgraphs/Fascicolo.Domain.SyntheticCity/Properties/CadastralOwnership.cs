namespace Fascicolo.Domain.SyntheticCity.Properties;

/// <summary>A right of ownership (proprietà) on a cadastral unit, as the cadastre lists it.</summary>
/// <param name="OwnerFiscalCode">The owner, always a resident of the city.</param>
/// <param name="ShareNumerator">The share's numerator, e.g. 1 of 1/2.</param>
/// <param name="ShareDenominator">The share's denominator, e.g. 2 of 1/2.</param>
/// <param name="Since">The day the owner acquired the share.</param>
public sealed record CadastralOwnership(string OwnerFiscalCode, int ShareNumerator, int ShareDenominator, DateOnly Since)
{
    /// <summary>The share as a fraction of 1.</summary>
    public decimal Share => (decimal)ShareNumerator / ShareDenominator;
}
