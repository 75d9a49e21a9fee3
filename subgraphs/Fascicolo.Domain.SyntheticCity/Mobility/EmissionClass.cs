namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>The European emission standard (classe ambientale) a car was type-approved under.</summary>
public enum EmissionClass
{
    /// <summary>Before Euro 1 (cars registered before 1993).</summary>
    Euro0,

    /// <summary>Euro 1 (directive 91/441/EEC).</summary>
    Euro1,

    /// <summary>Euro 2 (directive 94/12/EC).</summary>
    Euro2,

    /// <summary>Euro 3 (directive 98/69/EC).</summary>
    Euro3,

    /// <summary>Euro 4 (directive 98/69/EC, stage B).</summary>
    Euro4,

    /// <summary>Euro 5 (regulation 715/2007).</summary>
    Euro5,

    /// <summary>Euro 6 (regulation 715/2007, stage 6); battery electric cars are recorded here too.</summary>
    Euro6,
}
