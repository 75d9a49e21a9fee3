namespace Fascicolo.Subgraphs.Mobility.Transit;

/// <summary>The kind of vehicle of a route: GTFS's basic <c>route_type</c>s, and the extended ones grouped onto them.</summary>
internal enum TransitRouteKind
{
    /// <summary>0: tram, streetcar, light rail.</summary>
    Tram,

    /// <summary>1: subway, metro.</summary>
    Metro,

    /// <summary>2: rail.</summary>
    Rail,

    /// <summary>3: bus.</summary>
    Bus,

    /// <summary>4: ferry.</summary>
    Ferry,

    /// <summary>5: cable tram.</summary>
    CableTram,

    /// <summary>6: aerial lift, gondola.</summary>
    AerialLift,

    /// <summary>7: funicular (and rack railways such as Genova's).</summary>
    Funicular,

    /// <summary>11: trolleybus.</summary>
    Trolleybus,

    /// <summary>12: monorail.</summary>
    Monorail,

    /// <summary>An extended type with no basic equivalent.</summary>
    Other,
}

/// <summary>Maps a GTFS <c>route_type</c> to a <see cref="TransitRouteKind"/>.</summary>
internal static class TransitRouteKinds
{
    /// <summary>The kind of a basic (0–12) or extended (100–1799, Google's extension) route type.</summary>
    public static TransitRouteKind Of(int routeType) => routeType switch
    {
        0 => TransitRouteKind.Tram,
        1 => TransitRouteKind.Metro,
        2 => TransitRouteKind.Rail,
        3 => TransitRouteKind.Bus,
        4 => TransitRouteKind.Ferry,
        5 => TransitRouteKind.CableTram,
        6 => TransitRouteKind.AerialLift,
        7 => TransitRouteKind.Funicular,
        11 => TransitRouteKind.Trolleybus,
        12 => TransitRouteKind.Monorail,
        405 => TransitRouteKind.Monorail,
        >= 100 and < 200 => TransitRouteKind.Rail,
        >= 200 and < 300 => TransitRouteKind.Bus,
        >= 400 and < 500 => TransitRouteKind.Metro,
        >= 700 and < 800 => TransitRouteKind.Bus,
        >= 800 and < 900 => TransitRouteKind.Trolleybus,
        >= 900 and < 1000 => TransitRouteKind.Tram,
        >= 1000 and < 1100 or 1200 => TransitRouteKind.Ferry,
        >= 1300 and < 1400 => TransitRouteKind.AerialLift,
        >= 1400 and < 1500 => TransitRouteKind.Funicular,
        _ => TransitRouteKind.Other,
    };

    /// <summary>The route types of a kind, for filtering routes in SQL (basic and extended).</summary>
    public static int[] TypesOf(TransitRouteKind kind) =>
        [.. Enumerable.Range(0, 1800).Where(type => Of(type) == kind)];
}
