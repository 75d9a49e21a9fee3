namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>What a traffic notice is about.</summary>
public enum TrafficNewsKind
{
    /// <summary>Roadworks narrowing or diverting traffic (cantiere).</summary>
    Roadworks,

    /// <summary>A street closed to traffic.</summary>
    Closure,

    /// <summary>An event (a fair, a race, a procession) with traffic restrictions.</summary>
    Event,

    /// <summary>Public transport lines diverted.</summary>
    TransitDiversion,
}
