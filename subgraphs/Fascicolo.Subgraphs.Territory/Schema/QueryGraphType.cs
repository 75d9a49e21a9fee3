using System.Text.RegularExpressions;
using Fascicolo.Domain.SyntheticCity.Territory;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Territory.Data;
using GraphQL;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The territory subgraph's root <c>Query</c> fields. Alerts and zones are public and carry no personal data.</summary>
internal sealed partial class QueryGraphType : ObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public QueryGraphType()
    {
        Name = "Query";

        Field<BuildingGraphType>("building")
            .Description("The building with this id, or null when none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The building id, e.g. 'BLD-D969-000001'.")
            .Resolve(context => BuildingsById.Loader.Load(context, context.GetArgument<string>("id")));

        this.ConnectionField<BuildingGraphType>("buildings")
            .Description("Buildings in id order, a page at a time.")
            .Argument<StringGraphType>("municipality", "Only those of the municipality with this Belfiore code, e.g. 'D969'.")
            .ResolveAsync(async context =>
            {
                var municipality = MunicipalityArgument(context.GetArgument<string?>("municipality"));
                var page = context.GetPageRequest<string>();
                var buildings = await BuildingSearch.FindAsync(
                    context.RequestServices!, municipality, null, page.HasAfter ? page.After : null, page.Limit, context.CancellationToken).ConfigureAwait(false);
                return page.ToConnection(buildings, b => b.Id);
            });

        Field<CadastralUnitGraphType>("cadastralUnit")
            .Description("The cadastral unit with this id, or null when none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The unit id, e.g. 'CU-0000001'.")
            .Resolve(context => CadastralUnitsById.Loader.Load(context, context.GetArgument<string>("id")));

        Field<CondominiumGraphType>("condominium")
            .Description("The condominium with this id, or null when none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The condominium id, e.g. 'CND-D969-000001'.")
            .Resolve(context => CondominiumsById.Loader.Load(context, context.GetArgument<string>("id")));

        Field<EnergyCertificateGraphType>("energyCertificate")
            .Description("The energy certificate with this code, or null when none.")
            .Argument<NonNullGraphType<IdGraphType>>("code", "The certificate code, e.g. 'APE-2019-0000042'.")
            .Resolve(context => EnergyCertificatesByCode.Loader.Load(context, context.GetArgument<string>("code")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AlertZoneGraphType>>>>("alertZones")
            .Description("Liguria's weather alert zones, A to E.")
            .ResolveAsync(async context => await ReferenceLists.AlertZonesAsync(context.RequestServices!, context.CancellationToken).ConfigureAwait(false));

        Field<AlertZoneGraphType>("alertZone")
            .Description("The alert zone with this letter.")
            .Argument<NonNullGraphType<AlertZoneCodeGraphType>>("code", "The letter, A to E.")
            .Resolve(context => AlertZonesByCode.Loader.Load(context, context.GetArgument<string>("code")));

        this.ConnectionField<CivilProtectionAlertGraphType>("civilProtectionAlerts")
            .Description("Weather alerts, newest first, a page at a time; the criteria combine with AND.")
            .Argument<AlertZoneCodeGraphType>("zone", "Only the alerts of this zone.")
            .Argument<CivilProtectionAlertTypeGraphType>("type", "Only the alerts of this type.")
            .Argument<DateTimeGraphType>("activeAt", "Only the alerts in force at this instant.")
            .ResolveAsync(async context =>
            {
                var activeAt = context.GetArgument<DateTime?>("activeAt");
                var filter = new AlertFilter(
                    context.GetArgument<string?>("zone"),
                    context.GetArgument<AlertType?>("type"),
                    activeAt?.ToUniversalTime());
                var page = context.GetPageRequest<AlertCursor>();
                var after = page.HasAfter ? page.After! with { ValidFrom = DateTime.SpecifyKind(page.After!.ValidFrom, DateTimeKind.Utc) } : null;
                var alerts = await AlertSearch.FindAsync(context.RequestServices!, filter, after, page.Limit, context.CancellationToken).ConfigureAwait(false);
                return page.ToConnection(alerts, a => new AlertCursor(a.ValidFrom, a.Id));
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CivilProtectionAlertGraphType>>>>("activeCivilProtectionAlerts")
            .Description("The weather alerts in force now, in every zone, newest first.")
            .ResolveAsync(async context =>
            {
                var now = context.RequestServices!.GetRequiredService<TerritoryClock>().UtcNow;
                // At most one alert per zone is in force at a time, so a page of the zones' count holds them all.
                return await AlertSearch.FindAsync(
                    context.RequestServices!, new AlertFilter(null, null, now), null, Paging.MaxPageSize, context.CancellationToken).ConfigureAwait(false);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FloodRedZoneGraphType>>>>("floodRedZones")
            .Description("The flood red zones, in id order.")
            .ResolveAsync(async context => await ReferenceLists.FloodRedZonesAsync(context.RequestServices!, context.CancellationToken).ConfigureAwait(false));

        Field<FloodRedZoneGraphType>("floodRedZone")
            .Description("The flood red zone with this id, or null when none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The zone id, e.g. 'RZ-D969-01'.")
            .Resolve(context => FloodRedZonesById.Loader.Load(context, context.GetArgument<string>("id")));
    }

    private static string? MunicipalityArgument(string? value)
    {
        var code = value?.Trim().ToUpperInvariant();
        if (code is not null && !BelfioreCodePattern().IsMatch(code))
        {
            throw new CodedError(TerritoryErrorCodes.InvalidMunicipalityCode, "'municipality' must be a Belfiore code: a letter and three digits, e.g. 'D969'.",
                new Dictionary<string, object?> { ["field"] = "municipality" });
        }

        return code;
    }

    [GeneratedRegex("^[A-Z][0-9]{3}$")]
    private static partial Regex BelfioreCodePattern();
}
