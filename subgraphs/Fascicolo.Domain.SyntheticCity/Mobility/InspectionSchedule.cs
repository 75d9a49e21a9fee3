namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>
/// When a car's periodic inspection (revisione, art. 80 of the Codice della strada) is due: by the
/// end of the month of the fourth anniversary of first registration, then by the end of the month of
/// the second anniversary of the last inspection.
/// </summary>
public static class InspectionSchedule
{
    /// <summary>Years from first registration to the first inspection.</summary>
    public const int FirstAfterYears = 4;

    /// <summary>Years between two inspections.</summary>
    public const int EveryYears = 2;

    /// <summary>The last day the next inspection may be passed on.</summary>
    /// <param name="registrationDate">The day of first registration.</param>
    /// <param name="lastInspectedOn">The day of the last inspection passed, or null when none yet.</param>
    /// <returns>The last day of the month it is due in.</returns>
    public static DateOnly NextDue(DateOnly registrationDate, DateOnly? lastInspectedOn) =>
        lastInspectedOn is { } last
            ? EndOfMonth(last.AddYears(EveryYears))
            : EndOfMonth(registrationDate.AddYears(FirstAfterYears));

    /// <summary>The last day of the month <paramref name="date"/> falls in.</summary>
    /// <param name="date">Any day.</param>
    /// <returns>The month's last day.</returns>
    public static DateOnly EndOfMonth(DateOnly date) => new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));
}
