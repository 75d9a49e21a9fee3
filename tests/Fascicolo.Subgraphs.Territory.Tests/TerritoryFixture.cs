using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Fascicolo.Subgraphs.Territory.Tests;

/// <summary>
/// The territory subgraph on real Kestrel and a fresh PostgreSQL database, seeded once per test
/// class with a small city, and the same city generated in memory to say what the answers must be.
/// The clock is pinned to noon UTC of the city's reference date, so validity, active alerts and the
/// snapshots never drift.
/// </summary>
public sealed class TerritoryFixture : SubgraphFixture
{
    /// <summary>The size of the seeded city: big enough for red-zone buildings, condominiums and certificates of every era.</summary>
    public const int Residents = 2_000;

    /// <summary>The city the database was seeded with.</summary>
    public City City { get; } = SyntheticCityGenerator.Generate(new CityOptions { Residents = Residents, Seed = SeedOptions.DefaultSeed });

    /// <summary>The date the subgraph believes is today.</summary>
    public DateOnly Today => City.Options.ReferenceDate;

    /// <summary>The instant the subgraph believes is now.</summary>
    public DateTimeOffset Now => new(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    /// <summary>
    /// How many red-zone registrations and contacts the database holds, counted together: a refused
    /// registration must leave both as they were.
    /// </summary>
    /// <returns>The two counts.</returns>
    public async Task<(long Registrations, long Contacts)> RedZoneRowCountsAsync()
    {
        await using var connection = new NpgsqlConnection(Host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select (select count(*) from red_zone_registration), (select count(*) from red_zone_contact)", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <inheritdoc/>
    protected override SubgraphModule CreateModule() => new TerritoryModule();

    /// <inheritdoc/>
    protected override SubgraphTestHostOptions CreateOptions() => new()
    {
        SeedResidents = Residents,
        Seed = SeedOptions.DefaultSeed,
        Configure = builder => builder.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now)),
    };
}
