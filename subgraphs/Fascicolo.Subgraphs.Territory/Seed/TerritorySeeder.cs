using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Properties;
using Fascicolo.Domain.SyntheticCity.Territory;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Territory.Seed;

/// <summary>
/// Writes the territory's slice of the synthetic city (alert zones, municipalities, red zones,
/// buildings, the cadastre with its owners, condominiums, energy certificates, alerts) with binary
/// COPY in one transaction; keys, indexes and foreign keys are built once, after the load.
/// Red-zone registrations are the citizens' own: the seed writes none.
/// </summary>
internal sealed class TerritorySeeder : ISubgraphSeeder
{
    /// <inheritdoc/>
    public async Task<SeedResult> SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Progress.Report("generate", 0, 1);
        var city = SyntheticCityGenerator.Generate(new CityOptions { Residents = context.Residents, Seed = context.Seed });
        var tables = TerritoryTables.From(city);
        context.Progress.Report("generate", 1, 1);

        var rows = await new BulkCopy
        {
            Tables = tables,
            DeferredConstraintTables = TerritoryTables.WithDeferredConstraints,
            AnalysedTables = TerritoryTables.Names,
        }.WriteAsync(context, cancellationToken).ConfigureAwait(false);

        return new SeedResult(rows) { Details = Details(city) };
    }

    // What a demo needs to find: the personas' buildings and units, a red-zone building, today's alerts.
    private static object Details(City city) => new
    {
        personas = city.Personas.Select(p =>
        {
            var household = city.FindHousehold(city.FindResident(p.FiscalCode)!.HouseholdId)!;
            var building = city.FindDwelling(household.DwellingId)!.BuildingId;
            return new
            {
                p.Key,
                p.FiscalCode,
                building,
                inFloodRedZone = city.FloodRedZoneOf(building) is not null,
                properties = city.PropertiesOf(p.FiscalCode).Select(u => u.Id),
            };
        }),
        floodRedZones = city.FloodRedZones().Select(z => new { z.Id, z.Name, buildings = z.BuildingIds.Count }),
        condominiums = city.Condominiums().Count,
        energyCertificates = city.EnergyCertificates().Count,
        alertsAtReferenceDate = city.CivilProtectionAlerts()
            .Where(a => a.IsActiveAt(city.Options.ReferenceDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)))
            .Select(a => a.Id),
    };
}
