namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>The vehicle tax of one twelve-month period, as the regional tariff computes it.</summary>
/// <param name="AmountCents">The amount in euro cents; 0 when exempt.</param>
/// <param name="Basis">The rule that set it.</param>
public sealed record VehicleTaxAssessment(long AmountCents, VehicleTaxBasis Basis)
{
    /// <summary>Whether nothing is due.</summary>
    public bool IsExempt => AmountCents == 0;
}
