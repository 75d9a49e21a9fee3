namespace Fascicolo.Domain.SyntheticCity.Mobility.Transit;

/// <summary>A kind of transit line of the synthetic network, with its GTFS <c>route_type</c> and speed.</summary>
/// <param name="RouteType">The GTFS route type: 1 metro, 3 bus, 4 ferry, 7 funicular, 11 trolleybus.</param>
/// <param name="SpeedKmh">The average speed between stops, stops included.</param>
internal sealed record TransitMode(int RouteType, double SpeedKmh)
{
    public static readonly TransitMode Metro = new(1, 30);
    public static readonly TransitMode Bus = new(3, 14);
    public static readonly TransitMode Ferry = new(4, 18);
    public static readonly TransitMode Funicular = new(7, 8);
    public static readonly TransitMode Trolleybus = new(11, 14);
}
