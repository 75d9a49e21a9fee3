namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>A generated car with its current vehicle tax period, before the ledger numbers it.</summary>
/// <param name="Vehicle">The car.</param>
/// <param name="TaxPeriodStart">The first day of the tax period running on the reference date.</param>
/// <param name="TaxAssessment">The tax of that period.</param>
/// <param name="TaxPaidOn">When it was paid, or null.</param>
internal sealed record VehicleDraft(Vehicle Vehicle, DateOnly TaxPeriodStart, VehicleTaxAssessment TaxAssessment, DateOnly? TaxPaidOn);
