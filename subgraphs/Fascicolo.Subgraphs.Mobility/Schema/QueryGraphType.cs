using Fascicolo.Domain.SyntheticCity.Mobility;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Mobility.Data;
using Fascicolo.Subgraphs.Mobility.Transit;
using GraphQL;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>The mobility subgraph's root <c>Query</c> fields: cars and fines by key, and the public data.</summary>
internal sealed class QueryGraphType : ObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public QueryGraphType()
    {
        Name = "Query";

        Field<VehicleGraphType>("vehicle")
            .Description("The car with this plate, or null when none is registered here. Spaces and lower case are accepted.")
            .Argument<NonNullGraphType<StringGraphType>>("plate", "The plate, e.g. 'FX318KM' or 'fx 318 km'.")
            .Resolve(context => VehiclesByPlate.Loader.Load(context, QueryArguments.Plate("plate", context.GetArgument<string>("plate"))));

        Field<TrafficFineGraphType>("trafficFine")
            .Description("A fine looked up as printed on the verbale (number and plate), to pay it; null when they do not match. Its data is its debtor's: only they, or a mobility desk, may read it.")
            .Argument<NonNullGraphType<StringGraphType>>("number", "The verbale number, e.g. '2025/0000042'.")
            .Argument<NonNullGraphType<StringGraphType>>("plate", "The plate of the car fined.")
            .Resolve(context =>
            {
                var number = QueryArguments.FineNumber(context.GetArgument<string>("number"));
                var plate = QueryArguments.Plate("plate", context.GetArgument<string>("plate"));
                return FinesByNumber.Loader.Load(context, number).Then(fine => fine?.Plate == plate ? fine : null);
            });

        Field<NonNullGraphType<VehicleTaxEstimateGraphType>>("vehicleTaxEstimate")
            .Description("Public: the vehicle tax (bollo) of a car with Regione Liguria's tariff, for the period running today or the one asked for.")
            .Argument<NonNullGraphType<IntGraphType>>("powerKw", "The engine power in kW (1..1000), as on the registration certificate.")
            .Argument<NonNullGraphType<VehicleFuelGraphType>>("fuel", "The fuel.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("registrationDate", "The day of first registration.")
            .Argument<VehicleEmissionClassGraphType>("emissionClass", "The emission class; by default the one mandatory on the registration date.")
            .Argument<DateOnlyGraphType>("periodStart", "The first day of the period (the registration month's first day in some year); by default the period running today.")
            .Resolve(context =>
            {
                var today = context.Today();
                var power = QueryArguments.Power(context.GetArgument<int>("powerKw"));
                var fuel = context.GetArgument<VehicleFuel>("fuel");
                var registration = QueryArguments.Registration(context.GetArgument<DateOnly>("registrationDate"), today);
                var emission = context.GetArgument<EmissionClass?>("emissionClass") ?? EmissionClasses.ForRegistration(registration);
                var start = QueryArguments.PeriodStart(context.GetArgument<DateOnly?>("periodStart"), registration, today);
                return new VehicleTaxEstimate(start, LiguriaVehicleTaxTariff.Assess(fuel, emission, power, registration, start), emission);
            });

        this.ConnectionField<TrafficNewsGraphType, object?>("trafficNews")
            .Description("Public: the traffic notices in force at an instant (now by default), in order of start, a page at a time.")
            .Argument<DateTimeGraphType>("activeAt", "The instant (ISO 8601; UTC when no offset is given); now by default.")
            .ResolveAsync(async context =>
            {
                var at = context.GetArgument<DateTime?>("activeAt") ?? context.Clock().Now.UtcDateTime;
                var page = context.GetPageRequest<string>();
                var news = await TrafficNewsSearch.FindAsync(context.RequestServices!, DateTime.SpecifyKind(at, DateTimeKind.Utc), page.After, page.Limit, context.CancellationToken).ConfigureAwait(false);
                return page.ToConnection(news, n => n.Id);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NearbyTransitStopGraphType>>>>("stopsNear")
            .Description("Public: the transit stops within a radius of a point, nearest first.")
            .Argument<NonNullGraphType<FloatGraphType>>("latitude", "WGS 84 latitude, -90..90.")
            .Argument<NonNullGraphType<FloatGraphType>>("longitude", "WGS 84 longitude, -180..180.")
            .Argument<IntGraphType>("radiusMetres", "The radius in metres, 1..5000.", a => a.DefaultValue = 500)
            .Argument<IntGraphType>("first", "How many stops at most, 1..100.", a => a.DefaultValue = 10)
            .ResolveAsync(async context =>
            {
                var (latitude, longitude) = QueryArguments.Point(context.GetArgument<double>("latitude"), context.GetArgument<double>("longitude"));
                var radius = QueryArguments.Radius(context.GetArgument<int?>("radiusMetres") ?? 500);
                var first = QueryArguments.First(context.GetArgument<int?>("first"), 10);
                return await StopsNear.FindAsync(context.RequestServices!, latitude, longitude, radius, first, context.CancellationToken).ConfigureAwait(false);
            });

        Field<TransitStopGraphType>("transitStop")
            .Description("Public: the stop with this id, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The feed's stop_id.")
            .Resolve(context => StopsById.Loader.Load(context, context.GetArgument<string>("id")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransitDepartureGraphType>>>>("departures")
            .Description("Public: the next scheduled departures from a stop, honouring the feed's calendar and exceptions (holidays).")
            .Argument<NonNullGraphType<IdGraphType>>("stopId", "The feed's stop_id.")
            .Argument<DateTimeGraphType>("after", "Departures at or after this instant (ISO 8601; UTC when no offset is given); now by default.")
            .Argument<IntGraphType>("first", "How many departures at most, 1..100.", a => a.DefaultValue = 10)
            .ResolveAsync(async context =>
            {
                var stopId = context.GetArgument<string>("stopId");
                var first = QueryArguments.First(context.GetArgument<int?>("first"), 10);
                var after = context.GetArgument<DateTime?>("after") is { } given
                    ? new DateTimeOffset(DateTime.SpecifyKind(given, DateTimeKind.Utc))
                    : context.Clock().Now;
                if (await StopsById.Loader.Load(context, stopId).GetResultAsync(context.CancellationToken).ConfigureAwait(false) is null)
                {
                    throw new CodedError(MobilityErrorCodes.UnknownStop, $"No stop has id '{stopId}' in the loaded timetable.",
                        new Dictionary<string, object?> { ["argument"] = "stopId" });
                }
                return await Transit.Departures.FindAsync(context.RequestServices!, stopId, after, first, context.CancellationToken).ConfigureAwait(false);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransitRouteGraphType>>>>("routes")
            .Description("Public: every route of the loaded timetable, optionally of one kind.")
            .Argument<TransitRouteTypeGraphType>("type", "Only routes of this kind.")
            .ResolveAsync(async context =>
            {
                var kind = context.GetArgument<TransitRouteKind?>("type");
                return await RouteList.FindAsync(context.RequestServices!, kind is { } k ? TransitRouteKinds.TypesOf(k) : null, context.CancellationToken).ConfigureAwait(false);
            });

        Field<TransitRouteGraphType>("route")
            .Description("Public: the route with this id, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The feed's route_id.")
            .Resolve(context => RoutesById.Loader.Load(context, context.GetArgument<string>("id")));
    }
}
