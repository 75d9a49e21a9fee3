namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>How long Italian identity documents last.</summary>
internal static class ValidityRules
{
    /// <summary>Years of validity by the holder's age: 3 under three, 5 under eighteen, 10 for adults.</summary>
    public static int Years(int age) => age switch { < 3 => 3, < 18 => 5, _ => 10 };

    /// <summary>
    /// Identity cards last their years and then until the holder's next birthday (DL 5/2012,
    /// art. 7), so that they always expire on a birthday.
    /// </summary>
    public static DateOnly CardExpiry(DateOnly birthDate, DateOnly issuedOn)
    {
        var due = issuedOn.AddYears(Years(Ages.On(birthDate, issuedOn)));
        var birthday = BirthdayIn(birthDate, due.Year);
        return birthday >= due ? birthday : BirthdayIn(birthDate, due.Year + 1);
    }

    /// <summary>Passports last their years to the day before the anniversary of issue.</summary>
    public static DateOnly PassportExpiry(DateOnly birthDate, DateOnly issuedOn) =>
        issuedOn.AddYears(Years(Ages.On(birthDate, issuedOn))).AddDays(-1);

    private static DateOnly BirthdayIn(DateOnly birthDate, int year) =>
        birthDate.Month == 2 && birthDate.Day == 29 && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 2, 28)
            : new DateOnly(year, birthDate.Month, birthDate.Day);
}
