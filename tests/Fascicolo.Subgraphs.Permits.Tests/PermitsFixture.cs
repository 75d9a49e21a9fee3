using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Fascicolo.Subgraphs.Permits.Tests;

/// <summary>
/// The permits subgraph on real Kestrel and a fresh PostgreSQL database, seeded once per test class
/// with a small city, and the same city generated in memory to say what the answers must be. The
/// clock is pinned to noon UTC of the city's reference date, so deadlines, steps and snapshots never drift.
/// </summary>
public sealed class PermitsFixture : SubgraphFixture
{
    /// <summary>The size of the seeded city: enough for a few dozen procedures of every kind.</summary>
    public const int Residents = 2000;

    /// <summary>The city the database was seeded with.</summary>
    public City City { get; } = SyntheticCityGenerator.Generate(new CityOptions { Residents = Residents, Seed = SeedOptions.DefaultSeed });

    /// <summary>The moment the subgraph believes is now.</summary>
    public DateTimeOffset Now => new(City.Options.ReferenceDate.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    /// <summary>The date the subgraph believes is today (noon UTC is the same day in Rome).</summary>
    public DateOnly Today => City.Options.ReferenceDate;

    /// <summary>The procedures of the generated city.</summary>
    public IReadOnlyList<PermitProcedure> Procedures => City.PermitProcedures();

    /// <inheritdoc/>
    protected override SubgraphModule CreateModule() => new PermitsModule();

    /// <inheritdoc/>
    protected override SubgraphTestHostOptions CreateOptions() => new()
    {
        SeedResidents = Residents,
        Seed = SeedOptions.DefaultSeed,
        Configure = builder => builder.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now)),
    };

    /// <summary>A procedure's version and number of steps as stored, read straight from the database.</summary>
    public async Task<(int Version, short State, long Steps)> StoredAsync(string procedureId)
    {
        await using var connection = new NpgsqlConnection(Host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select p.version, p.state, (select count(*) from procedure_step s where s.procedure_id = p.id) from procedure p where p.id = @id", connection);
        command.Parameters.AddWithValue("id", procedureId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"No procedure {procedureId} in the database.");
        return (reader.GetInt32(0), reader.GetInt16(1), reader.GetInt64(2));
    }

    /// <summary>How many steps the whole database holds.</summary>
    public async Task<long> StepCountAsync()
    {
        await using var connection = new NpgsqlConnection(Host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from procedure_step", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
