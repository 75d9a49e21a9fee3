using Fascicolo.Domain.SyntheticCity.Mobility;

namespace Fascicolo.Subgraphs.Mobility.Data;

/// <summary>A row of <c>vehicle_tax</c>: one twelve-month period of a car's bollo.</summary>
internal sealed record VehicleTaxRecord(
    string Plate,
    DateOnly PeriodStart,
    DateOnly DueDate,
    long AmountCents,
    VehicleTaxBasis Basis,
    DateOnly? PaidOn,
    string? Iupd)
{
    /// <summary>The last day of the period.</summary>
    public DateOnly PeriodEnd => PeriodStart.AddYears(1).AddDays(-1);
}
