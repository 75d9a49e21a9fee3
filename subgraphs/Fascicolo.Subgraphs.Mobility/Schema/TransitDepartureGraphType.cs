using Fascicolo.Subgraphs.Mobility.Gtfs;
using Fascicolo.Subgraphs.Mobility.Transit;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>A scheduled departure from a stop.</summary>
internal sealed class TransitDepartureGraphType : ObjectGraphType<DepartureRecord>
{
    /// <summary>Declares the fields.</summary>
    public TransitDepartureGraphType()
    {
        Name = "TransitDeparture";
        Description = "A scheduled departure of a trip from a stop.";
        Field<NonNullGraphType<DateTimeGraphType>>("departsAt").Description("When it leaves (UTC).").Resolve(context => context.Source.DepartsAt);
        Field<NonNullGraphType<StringGraphType>>("scheduledTime")
            .Description("The timetable time of the service day, HH:MM:SS; past 24:00:00 for a trip of the day before running after midnight.")
            .Resolve(context => GtfsTime.Format(context.Source.DepartureSeconds));
        Field<NonNullGraphType<DateOnlyGraphType>>("serviceDate").Description("The service day the trip belongs to.").Resolve(context => context.Source.ServiceDate);
        Field<StringGraphType>("headsign").Description("Where it is going, as shown on the vehicle.").Resolve(context => context.Source.Headsign);
        Field<IntGraphType>("directionId").Description("The trip's direction (0 or 1), if the feed gives it.").Resolve(context => context.Source.DirectionId);
        Field<NonNullGraphType<IdGraphType>>("tripId").Description("The feed's trip_id.").Resolve(context => context.Source.TripId);
        Field<NonNullGraphType<IntGraphType>>("stopSequence").Description("The stop's position in the trip.").Resolve(context => context.Source.StopSequence);
        Field<NonNullGraphType<TransitRouteGraphType>>("route").Description("The route.").Resolve(context => RoutesById.Loader.Load(context, context.Source.RouteId));
    }
}
