namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>The fuel (alimentazione) on a car's registration certificate.</summary>
public enum VehicleFuel
{
    /// <summary>Benzina.</summary>
    Petrol,

    /// <summary>Gasolio.</summary>
    Diesel,

    /// <summary>Benzina e GPL (liquefied petroleum gas).</summary>
    Lpg,

    /// <summary>Benzina e metano (natural gas).</summary>
    Methane,

    /// <summary>Ibrida: a petrol engine with an electric motor.</summary>
    Hybrid,

    /// <summary>Elettrica: battery electric only.</summary>
    Electric,
}
