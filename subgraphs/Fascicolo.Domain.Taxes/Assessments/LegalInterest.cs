namespace Fascicolo.Domain.Taxes.Assessments;

/// <summary>
/// Interest at the legal rate, day by day: each day after the deadline, up to and including the day
/// the amount was paid (or the assessment notified), earns the rate in force that day divided by
/// 365, whether or not the year is a leap year (the convention of the Agenzia delle Entrate's tools).
/// </summary>
public static class LegalInterest
{
    /// <summary>The days of a year the rate is divided by.</summary>
    public const int DaysPerYear = 365;

    /// <summary>The interest, in exact cents, on <paramref name="amountCents"/> from the day after <paramref name="dueDate"/> through <paramref name="until"/>.</summary>
    /// <exception cref="ArgumentException">A year of the period has no rate in <paramref name="rates"/>.</exception>
    public static decimal Cents(long amountCents, DateOnly dueDate, DateOnly until, IReadOnlyList<LegalInterestRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var interest = 0m;
        var from = dueDate.AddDays(1);
        while (from <= until)
        {
            var endOfYear = new DateOnly(from.Year, 12, 31);
            var to = until < endOfYear ? until : endOfYear;
            var days = to.DayNumber - from.DayNumber + 1;
            var rate = rates.FirstOrDefault(r => r.Year == from.Year)
                ?? throw new ArgumentException($"No legal interest rate for {from.Year}.", nameof(rates));
            interest += amountCents * rate.Percent * days / (100m * DaysPerYear);
            from = to.AddDays(1);
        }
        return interest;
    }

    /// <summary>The days from the day after <paramref name="dueDate"/> through <paramref name="until"/> (zero when not late).</summary>
    public static int Days(DateOnly dueDate, DateOnly until) => Math.Max(0, until.DayNumber - dueDate.DayNumber);
}
