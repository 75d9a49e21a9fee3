using Fascicolo.Subgraphs.Mobility.Transit;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>The <c>TransitRouteType</c> enum.</summary>
internal sealed class TransitRouteTypeGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public TransitRouteTypeGraphType()
    {
        Name = "TransitRouteType";
        Description = "The kind of vehicle of a transit route (GTFS route_type; extended types are grouped onto the basic ones).";
        Add("TRAM", TransitRouteKind.Tram, "0: tram, streetcar, light rail.");
        Add("METRO", TransitRouteKind.Metro, "1: subway, metro.");
        Add("RAIL", TransitRouteKind.Rail, "2: rail.");
        Add("BUS", TransitRouteKind.Bus, "3: bus.");
        Add("FERRY", TransitRouteKind.Ferry, "4: ferry.");
        Add("CABLE_TRAM", TransitRouteKind.CableTram, "5: cable tram.");
        Add("AERIAL_LIFT", TransitRouteKind.AerialLift, "6: aerial lift, gondola.");
        Add("FUNICULAR", TransitRouteKind.Funicular, "7: funicular, rack railway.");
        Add("TROLLEYBUS", TransitRouteKind.Trolleybus, "11: trolleybus.");
        Add("MONORAIL", TransitRouteKind.Monorail, "12: monorail.");
        Add("OTHER", TransitRouteKind.Other, "An extended route type with no basic equivalent.");
    }
}
