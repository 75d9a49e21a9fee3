namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>A child's canteen attendance in one month: the days served and the days the child was absent.</summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="ServiceDays">The days the canteen served the child's school; see <see cref="SchoolCalendar.CanteenDays"/>.</param>
/// <param name="Absences">The service days the child was absent, in date order.</param>
public sealed record CanteenAttendanceMonth(DateOnly Month, IReadOnlyList<DateOnly> ServiceDays, IReadOnlyList<DateOnly> Absences)
{
    /// <summary>The days the child was present.</summary>
    public int DaysPresent => ServiceDays.Count - Absences.Count;

    /// <summary>The meals served: one per day present.</summary>
    public int Meals => DaysPresent;
}
