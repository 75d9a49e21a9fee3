using Npgsql;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>A row of <c>canteen_month</c>: a canteen user's attendance in one month.</summary>
/// <param name="EnrolmentId">The enrolment.</param>
/// <param name="Month">The first day of the month.</param>
/// <param name="ServiceDays">The days the canteen served the school.</param>
/// <param name="Absences">The service days the child was absent.</param>
internal sealed record CanteenMonthRecord(string EnrolmentId, DateOnly Month, int ServiceDays, IReadOnlyList<DateOnly> Absences)
{
    /// <summary>The days present: one meal each.</summary>
    public int Meals => ServiceDays - Absences.Count;

    /// <summary>Reads a row selected as <c>enrolment_id, month, service_days, absences</c>.</summary>
    public static CanteenMonthRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetDate(1),
        reader.GetInt16(2),
        reader.GetFieldValue<DateOnly[]>(3));
}
