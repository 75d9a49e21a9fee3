using Fascicolo.Domain.SyntheticCity.Education;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>A month of canteen attendance with the school's order, from which its days can be listed.</summary>
/// <param name="Row">The stored month: service-day count and absences.</param>
/// <param name="Order">The school's order, which sets the canteen's days.</param>
/// <param name="PupilFiscalCode">The child whose attendance it is.</param>
internal sealed record CanteenMonth(CanteenMonthRecord Row, SchoolOrder Order, string PupilFiscalCode)
{
    /// <summary>
    /// Every day served in the month with whether the child was there. The calendar gives the days;
    /// the stored count bounds them, so a month that was still running when the city was seeded
    /// lists only the days served by then.
    /// </summary>
    public IReadOnlyList<CanteenDay> Days()
    {
        var last = Row.Month.AddMonths(1).AddDays(-1);
        return
        [
            .. SchoolCalendar.CanteenDays(SchoolYear.Of(Row.Month), Order, Row.Month, last)
                .Take(Row.ServiceDays)
                .Select(day => new CanteenDay(day, !Row.Absences.Contains(day), PupilFiscalCode)),
        ];
    }
}
