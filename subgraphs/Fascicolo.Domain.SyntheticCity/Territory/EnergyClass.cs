namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>
/// The energy class of an APE (attestato di prestazione energetica) under DM 26/6/2015, from the
/// best (<see cref="A4"/>) to the worst (<see cref="G"/>). The numbers are stored: never renumber.
/// </summary>
public enum EnergyClass
{
    /// <summary>At most 0.40 times the reference building's EPgl,nren.</summary>
    A4 = 1,

    /// <summary>Over 0.40, at most 0.60 times the reference.</summary>
    A3 = 2,

    /// <summary>Over 0.60, at most 0.80 times the reference.</summary>
    A2 = 3,

    /// <summary>Over 0.80, at most 1.00 times the reference.</summary>
    A1 = 4,

    /// <summary>Over 1.00, at most 1.20 times the reference.</summary>
    B = 5,

    /// <summary>Over 1.20, at most 1.50 times the reference.</summary>
    C = 6,

    /// <summary>Over 1.50, at most 2.00 times the reference.</summary>
    D = 7,

    /// <summary>Over 2.00, at most 2.60 times the reference.</summary>
    E = 8,

    /// <summary>Over 2.60, at most 3.50 times the reference.</summary>
    F = 9,

    /// <summary>Over 3.50 times the reference.</summary>
    G = 10,
}
