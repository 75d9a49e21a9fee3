using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Properties;
using Fascicolo.Domain.SyntheticCity.Territory;
using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Territory.Seed;

/// <summary>
/// Writes the territory's slice of the synthetic city (alert zones, municipalities, red zones,
/// buildings, the cadastre with its owners, condominiums, energy certificates, alerts) with binary
/// COPY in one transaction; keys, indexes and foreign keys are built once, after the load.
/// Red-zone registrations are the citizens' own: the seed writes none.
/// </summary>
internal sealed class TerritorySeeder : ISubgraphSeeder
{
    // Index builds sort in memory up to this much instead of spilling to disk (session-local).
    private const string SessionSettings = "set local maintenance_work_mem = '256MB'";

    /// <inheritdoc/>
    public async Task<SeedResult> SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Progress.Report("generate", 0, 1);
        var city = SyntheticCityGenerator.Generate(new CityOptions { Residents = context.Residents, Seed = context.Seed });
        var tables = TerritoryTables.From(city);
        context.Progress.Report("generate", 1, 1);

        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var connection = await context.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, SessionSettings, cancellationToken).ConfigureAwait(false);
            var deferred = await DeferredConstraints.DropAsync(connection, transaction, TerritoryTables.WithDeferredConstraints, cancellationToken).ConfigureAwait(false);
            foreach (var table in tables)
            {
                rows[table.Name] = (long)await table.CopyAsync(connection, context.Progress, cancellationToken).ConfigureAwait(false);
            }

            context.Progress.Report("indexes", 0, 1);
            await deferred.RestoreAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            context.Progress.Report("indexes", 1, 1);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

            // Fresh statistics, so the first queries are planned on the real row counts.
            await ExecuteAsync(connection, null, "analyze " + string.Join(", ", TerritoryTables.Names), cancellationToken).ConfigureAwait(false);
        }

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

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
