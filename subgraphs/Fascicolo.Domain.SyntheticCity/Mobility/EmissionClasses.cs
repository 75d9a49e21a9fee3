namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>The emission class a new car registered on a given day had to meet.</summary>
public static class EmissionClasses
{
    // The day each standard became mandatory for every newly registered car.
    private static readonly (DateOnly From, EmissionClass Class)[] Mandatory =
    [
        (new DateOnly(2015, 9, 1), EmissionClass.Euro6),
        (new DateOnly(2011, 1, 1), EmissionClass.Euro5),
        (new DateOnly(2006, 1, 1), EmissionClass.Euro4),
        (new DateOnly(2001, 1, 1), EmissionClass.Euro3),
        (new DateOnly(1997, 1, 1), EmissionClass.Euro2),
        (new DateOnly(1993, 1, 1), EmissionClass.Euro1),
    ];

    /// <summary>The class of a car first registered on <paramref name="registrationDate"/>.</summary>
    /// <param name="registrationDate">The day of first registration (prima immatricolazione).</param>
    /// <returns>The newest standard mandatory on that day; <see cref="EmissionClass.Euro0"/> before 1993.</returns>
    public static EmissionClass ForRegistration(DateOnly registrationDate)
    {
        foreach (var (from, emissionClass) in Mandatory)
        {
            if (registrationDate >= from)
            {
                return emissionClass;
            }
        }
        return EmissionClass.Euro0;
    }
}
