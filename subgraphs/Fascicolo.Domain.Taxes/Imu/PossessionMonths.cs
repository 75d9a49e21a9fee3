namespace Fascicolo.Domain.Taxes.Imu;

/// <summary>
/// The months of possession IMU is due for (art. 1 c. 761 L. 160/2019): a month counts when it was
/// possessed for more than half of its days. The transfer day belongs to the buyer, and when buyer
/// and seller hold the month for exactly half its days each, the month is the buyer's; so the
/// months of a seller and of the buyer always add up to twelve.
/// </summary>
public static class PossessionMonths
{
    /// <summary>How many months of <paramref name="year"/> count for a possession from <paramref name="since"/> until the day before <paramref name="until"/>.</summary>
    public static int InYear(int year, DateOnly since, DateOnly? until)
    {
        if (since.Year < year && until is null)
        {
            return 12;
        }
        var months = 0;
        for (var month = 1; month <= 12; month++)
        {
            var first = new DateOnly(year, month, 1);
            var days = DateTime.DaysInMonth(year, month);
            var start = since > first ? since : first;
            var end = until is { } u && u <= first.AddDays(days) ? u : first.AddDays(days);
            var held = end.DayNumber - start.DayNumber;
            if (held <= 0)
            {
                continue;
            }
            var boughtThisMonth = since > first;
            if (2 * held > days || (2 * held == days && boughtThisMonth))
            {
                months++;
            }
        }
        return months;
    }
}
