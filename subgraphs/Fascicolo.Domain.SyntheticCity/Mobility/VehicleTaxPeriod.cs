namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>
/// One twelve-month period of a car's vehicle tax (bollo). A period starts in the month of first
/// registration; it is paid by the last day of its first month (for a new car, the registration
/// month; for a renewal, the month after the previous period expired).
/// </summary>
/// <param name="Plate">The car.</param>
/// <param name="OwnerFiscalCode">Who owes it.</param>
/// <param name="PeriodStart">The first day of the period.</param>
/// <param name="Assessment">The amount and its basis.</param>
/// <param name="PaidOn">The day it was paid, or null while unpaid (and for an exempt period).</param>
/// <param name="Iupd">The pagoPA debt position, or null when exempt (nothing to pay).</param>
public sealed record VehicleTaxPeriod(
    string Plate,
    string OwnerFiscalCode,
    DateOnly PeriodStart,
    VehicleTaxAssessment Assessment,
    DateOnly? PaidOn,
    string? Iupd)
{
    /// <summary>The last day of the period.</summary>
    public DateOnly PeriodEnd => PeriodStart.AddYears(1).AddDays(-1);

    /// <summary>The last day to pay.</summary>
    public DateOnly DueDate => DueDateOf(PeriodStart);

    /// <summary>The last day to pay the period starting on <paramref name="periodStart"/>: the end of its first month.</summary>
    /// <param name="periodStart">The first day of the period.</param>
    /// <returns>The due date.</returns>
    public static DateOnly DueDateOf(DateOnly periodStart) => InspectionSchedule.EndOfMonth(periodStart);

    /// <summary>The start of the last period begun on or before <paramref name="date"/>.</summary>
    /// <param name="registrationDate">The day of first registration, on or before <paramref name="date"/>.</param>
    /// <param name="date">The day of interest.</param>
    /// <returns>The first day of the registration month in the year of <paramref name="date"/>, or of the year before.</returns>
    public static DateOnly StartOfPeriodOn(DateOnly registrationDate, DateOnly date)
    {
        var start = new DateOnly(date.Year, registrationDate.Month, 1);
        return start > date ? start.AddYears(-1) : start;
    }
}
