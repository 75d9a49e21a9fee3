namespace Fascicolo.Domain.SyntheticCity;

/// <summary>Age arithmetic on calendar dates.</summary>
public static class Ages
{
    /// <summary>The age in completed years on <paramref name="date"/> of someone born on <paramref name="birthDate"/>.</summary>
    public static int On(DateOnly birthDate, DateOnly date)
    {
        var age = date.Year - birthDate.Year;

        // Before this year's birthday the last year is not completed yet.
        if (date.Month < birthDate.Month || (date.Month == birthDate.Month && date.Day < birthDate.Day))
        {
            age--;
        }

        return age;
    }
}
