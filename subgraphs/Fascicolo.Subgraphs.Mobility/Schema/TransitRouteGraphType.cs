using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Mobility.Transit;
using GraphQL;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>A route (line) of the loaded GTFS feed.</summary>
internal sealed class TransitRouteGraphType : ObjectGraphType<RouteRecord>
{
    /// <summary>Declares the fields.</summary>
    public TransitRouteGraphType()
    {
        Name = "TransitRoute";
        Description = "A public transport line (GTFS routes.txt).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The feed's route_id.").Resolve(context => context.Source.RouteId);
        Field<StringGraphType>("shortName").Description("The short name riders know it by, e.g. '20'.").Resolve(context => context.Source.ShortName);
        Field<StringGraphType>("longName").Description("The full name, e.g. 'Sampierdarena – Foce'.").Resolve(context => context.Source.LongName);
        Field<NonNullGraphType<TransitRouteTypeGraphType>>("type").Description("The kind of vehicle.").Resolve(context => TransitRouteKinds.Of(context.Source.Type));
        Field<NonNullGraphType<IntGraphType>>("gtfsRouteType").Description("The feed's route_type as given (basic or extended).").Resolve(context => context.Source.Type);
        Field<StringGraphType>("color").Description("The route colour, six hexadecimal digits, if given.").Resolve(context => context.Source.Color);
        Field<StringGraphType>("textColor").Description("The colour of text on the route colour, if given.").Resolve(context => context.Source.TextColor);
        Field<NonNullGraphType<TransitAgencyGraphType>>("agency")
            .Description("The operator.")
            .Resolve(context => AgenciesById.Loader.Load(context, context.Source.AgencyId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransitStopGraphType>>>>("stops")
            .Description("The stops in order, as the route's longest trip in that direction calls at them.")
            .Argument<IntGraphType>("directionId", "0 for one direction, 1 for the other (GTFS direction_id; 0 when the feed gives none).", a => a.DefaultValue = 0)
            .Resolve(context =>
            {
                var direction = context.GetArgument<int?>("directionId") ?? 0;
                return RouteStopsByRoute.Loader.LoadMany(context, context.Source.RouteId)
                    .Then(rows => (IReadOnlyList<StopRecord>)[.. rows.Where(r => r.DirectionId == direction).Select(r => r.Stop)]);
            });
    }
}
