using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Mobility.Transit;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>A stop of the loaded GTFS feed.</summary>
internal sealed class TransitStopGraphType : ObjectGraphType<StopRecord>
{
    /// <summary>Declares the fields.</summary>
    public TransitStopGraphType()
    {
        Name = "TransitStop";
        Description = "A public transport stop or station (GTFS stops.txt).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The feed's stop_id.").Resolve(context => context.Source.StopId);
        Field<StringGraphType>("code").Description("The code shown to riders at the stop, if any.").Resolve(context => context.Source.Code);
        Field<StringGraphType>("name").Description("The name, e.g. 'De Ferrari'.").Resolve(context => context.Source.Name);
        Field<FloatGraphType>("latitude").Description("WGS 84 latitude.").Resolve(context => context.Source.Latitude);
        Field<FloatGraphType>("longitude").Description("WGS 84 longitude.").Resolve(context => context.Source.Longitude);
        Field<BooleanGraphType>("wheelchairAccessible")
            .Description("Whether a wheelchair can board here; null when the feed does not say.")
            .Resolve(context => context.Source.WheelchairBoarding switch { 1 => true, 2 => false, _ => (bool?)null });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransitRouteGraphType>>>>("routes")
            .Description("The routes that serve the stop.")
            .Resolve(context => RoutesByStop.Loader.LoadMany(context, context.Source.StopId)
                .Then(rows => (IReadOnlyList<RouteRecord>)[.. rows.Select(r => r.Route)]));
    }
}
