using System.Text.Json;
using Dapper;
using Fascicolo.Subgraphs.Kit.Tests.Sample;
using Fascicolo.Testing;
using Npgsql;

namespace Fascicolo.Subgraphs.Kit.Tests;

public sealed class SeedCommandTests
{
    [Fact]
    public async Task Seed_Should_WriteRowsJournalAndReport_When_DatabaseIsEmpty()
    {
        await using var database = await KitApps.CreateDatabaseAsync("kit_seed");
        var report = Path.Combine(Path.GetTempPath(), $"kit-seed-{Guid.NewGuid():N}.json");

        var run = await SeedAsync(new SampleModule(), database, new SeedOptions(Residents: 30, Seed: 7, ReportPath: report));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("sample_person", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"seeded 90 rows in \d+\.\d s", run.Output);
        Assert.Equal(30, await CountPeopleAsync(database));
        var journal = await SeedJournal.ReadAsync(NpgsqlDataSource.Create(database.ConnectionString), CancellationToken.None);
        Assert.Equal(new { Completed = true, Residents = 30, Seed = 7UL }, new { journal!.Completed, journal.Residents, journal.Seed });
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        Assert.Equal(60, json.RootElement.GetProperty("rowsPerTable").GetProperty("sample_note").GetInt64());
        Assert.Equal("P0001", json.RootElement.GetProperty("details").GetProperty("firstPerson").GetString());
        File.Delete(report);
    }

    [Fact]
    public async Task Seed_Should_ReportAlreadySeededAndKeepRows_When_RunAgainWithoutReset()
    {
        await using var database = await KitApps.CreateDatabaseAsync("kit_seed");
        await SeedAsync(new SampleModule(), database, new SeedOptions(Residents: 12, Seed: 3));

        var second = await SeedAsync(new SampleModule(), database, new SeedOptions(Residents: 40));

        Assert.Equal(0, second.ExitCode);
        Assert.Equal("already seeded with 12 residents (seed 3); pass --reset to reseed", second.Output.Trim());
        Assert.Equal(12, await CountPeopleAsync(database));
    }

    [Fact]
    public async Task Seed_Should_Reseed_When_ResetIsGiven()
    {
        await using var database = await KitApps.CreateDatabaseAsync("kit_seed");
        await SeedAsync(new SampleModule(), database, new SeedOptions(Residents: 12));

        var reset = await SeedAsync(new SampleModule(), database, new SeedOptions(Residents: 20, Reset: true));

        Assert.Equal(0, reset.ExitCode);
        Assert.Equal(20, await CountPeopleAsync(database));
    }

    [Fact]
    public async Task Seed_Should_LeaveNoRows_When_SeederThrowsMidway()
    {
        await using var database = await KitApps.CreateDatabaseAsync("kit_seed");

        var run = await SeedAsync(new SampleModule(() => new FailingSeeder()), database, new SeedOptions(Residents: 25));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(FailingSeeder.Failure, run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was kept", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, await CountPeopleAsync(database));
        Assert.Null(await SeedJournal.ReadAsync(NpgsqlDataSource.Create(database.ConnectionString), CancellationToken.None));
    }

    [Fact]
    public async Task Seed_Should_LeaveNoRows_When_CancelledMidway()
    {
        await using var database = await KitApps.CreateDatabaseAsync("kit_seed");
        var seeder = new BlockingSeeder();
        using var cancellation = new CancellationTokenSource();

        var running = SeedAsync(new SampleModule(() => seeder), database, new SeedOptions(Residents: 25), cancellation.Token);
        await seeder.PeopleWritten.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(25, await CountPeopleAsync(database));
        await cancellation.CancelAsync();
        var run = await running;

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("seed cancelled", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CountPeopleAsync(database));
    }

    [Fact]
    public async Task Seed_Should_StartOver_When_APreviousRunWasKilled()
    {
        await using var database = await KitApps.CreateDatabaseAsync("kit_seed");
        await SeedAsync(new SampleModule(), database, new SeedOptions(Residents: 10));
        // A process killed mid-seed leaves the "started" mark and some rows.
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.ExecuteAsync("update kit_seed set completed = false");
        }

        var run = await SeedAsync(new SampleModule(), database, new SeedOptions(Residents: 15));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("did not finish", run.Output, StringComparison.Ordinal);
        Assert.Equal(15, await CountPeopleAsync(database));
    }

    [Fact]
    public async Task Seed_Should_CreateTheDatabaseFirst_When_TheServerLacksIt()
    {
        var server = PostgresServer.FromEnvironment();
        var name = $"kit_created_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name }.ConnectionString;
        try
        {
            var run = await SeedAsync(new SampleModule(), connectionString, new SeedOptions(Residents: 5));

            Assert.Equal(0, run.ExitCode);
            Assert.StartsWith($"created database {name}", run.Output, StringComparison.Ordinal);
            await using var connection = new NpgsqlConnection(connectionString);
            Assert.Equal(5, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM sample_person"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server.ConnectionString);
            await admin.ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    [Fact]
    public async Task Seed_Should_FailNamingTheKey_When_PostgreSQLIsUnreachable()
    {
        var run = await SeedAsync(new SampleModule(), "Host=127.0.0.1;Port=1;Database=nowhere;Username=postgres;Timeout=3", new SeedOptions(Residents: 5));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot reach PostgreSQL with 'ConnectionStrings:kitsample'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Should_ThrowNamingTheKey_When_ConnectionStringIsMissing()
    {
        var error = Assert.Throws<SubgraphConfigurationException>(() => SubgraphApplication.Build([], new SampleModule(), builder =>
            builder.Configuration["ConnectionStrings:kitsample"] = ""));

        Assert.Contains("'ConnectionStrings:kitsample'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__kitsample", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Should_ExitWith1_When_SeedArgumentsAreInvalid()
    {
        Assert.Equal(1, await SubgraphApplication.RunAsync(["seed", "--residents", "many"], new SampleModule()));
    }

    private static Task<SeedRun> SeedAsync(SampleModule module, TestDatabase database, SeedOptions options, CancellationToken cancellationToken = default) =>
        SeedAsync(module, database.ConnectionString, options, cancellationToken);

    private static async Task<SeedRun> SeedAsync(SampleModule module, string connectionString, SeedOptions options, CancellationToken cancellationToken = default)
    {
        await using var app = KitApps.Build(module, connectionString);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await SeedCommand.RunAsync(app.Services, module, options, output, error, new ConsoleSeedProgress(TextWriter.Null, false), cancellationToken);
        return new SeedRun(exitCode, output.ToString(), error.ToString());
    }

    private static async Task<long> CountPeopleAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        return await connection.ExecuteScalarAsync<long>("select count(*) from sample_person");
    }

    private sealed record SeedRun(int ExitCode, string Output, string Error);
}
