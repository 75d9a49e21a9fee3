using Dapper;
using Fascicolo.Subgraphs.Kit.Tests.Sample;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Fascicolo.Subgraphs.Kit.Tests;

public sealed class MigrationTests
{
    private static readonly SampleModule Module = new();

    [Fact]
    public void MigrationScripts_Should_LoadTheEmbeddedScriptsInNameOrder_When_Loaded()
    {
        var scripts = MigrationScript.Load(typeof(SampleModule).Assembly);

        var script = Assert.Single(scripts);
        Assert.Equal("0001_initial.sql", script.Name);
        Assert.Contains("create table sample_person", script.Sql, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{64}$", script.Sha256);
    }

    [Fact]
    public async Task Migrations_Should_BeAppliedOnceAndJournaled_When_TheHostStarts()
    {
        await using var database = await KitApps.CreateDatabaseAsync("kit_migrate");
        await using var app = KitApps.Build(Module, database.ConnectionString);

        await app.StartAsync();
        await app.StopAsync();

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        var journal = (await connection.QueryAsync<(string Name, string Sha256)>("select name, sha256 from kit_schema_migrations")).ToList();
        var script = MigrationScript.Load(Module.Assembly)[0];
        Assert.Equal([(script.Name, script.Sha256)], journal);
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("select count(*) from sample_person"));
    }

    [Fact]
    public async Task Migrations_Should_DoNothing_When_RunAgain()
    {
        await using var database = await KitApps.CreateDatabaseAsync("kit_migrate");
        await using var app = KitApps.Build(Module, database.ConnectionString);
        var runner = app.Services.GetRequiredService<MigrationRunner>();
        var first = await runner.ApplyAsync(Module.Assembly, CancellationToken.None);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        var appliedAt = await connection.ExecuteScalarAsync<DateTime>("select applied_at from kit_schema_migrations");

        var second = await runner.ApplyAsync(Module.Assembly, CancellationToken.None);

        Assert.Equal(["0001_initial.sql"], first);
        Assert.Empty(second);
        Assert.Equal(appliedAt, await connection.ExecuteScalarAsync<DateTime>("select applied_at from kit_schema_migrations"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from kit_schema_migrations"));
    }

    [Fact]
    public async Task Migrations_Should_ApplyEachScriptOnce_When_TwoReplicasStartTogether()
    {
        await using var database = await KitApps.CreateDatabaseAsync("kit_migrate");
        await using var one = KitApps.Build(Module, database.ConnectionString);
        await using var two = KitApps.Build(Module, database.ConnectionString);

        var results = await Task.WhenAll(
            one.Services.GetRequiredService<MigrationRunner>().ApplyAsync(Module.Assembly, CancellationToken.None),
            two.Services.GetRequiredService<MigrationRunner>().ApplyAsync(Module.Assembly, CancellationToken.None));

        Assert.Equal(1, results.Sum(applied => applied.Count));
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from kit_schema_migrations"));
    }

    [Fact]
    public async Task Startup_Should_FailNamingTheScript_When_AnAppliedScriptWasChanged()
    {
        await using var database = await KitApps.CreateDatabaseAsync("kit_migrate");
        await using (var first = KitApps.Build(Module, database.ConnectionString))
        {
            await first.Services.GetRequiredService<MigrationRunner>().ApplyAsync(Module.Assembly, CancellationToken.None);
        }
        // What an edited 0001_initial.sql looks like to the runner: the journal holds another hash.
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.ExecuteAsync("update kit_schema_migrations set sha256 = repeat('0', 64) where name = '0001_initial.sql'");
        }
        await using var app = KitApps.Build(Module, database.ConnectionString);

        var error = await Assert.ThrowsAsync<MigrationException>(() => app.StartAsync());

        Assert.Contains("0001_initial.sql", error.Message, StringComparison.Ordinal);
        Assert.Contains("was changed after it was applied", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_Should_DropAllDataAndReapplyScripts_When_Called()
    {
        await using var database = await KitApps.CreateDatabaseAsync("kit_migrate");
        await using var app = KitApps.Build(Module, database.ConnectionString);
        var runner = app.Services.GetRequiredService<MigrationRunner>();
        await runner.ApplyAsync(Module.Assembly, CancellationToken.None);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.ExecuteAsync("insert into sample_person (id, ordinal, name) values ('X', 1, 'x')");

        var applied = await runner.ResetAsync(Module.Assembly, CancellationToken.None);

        Assert.Equal(["0001_initial.sql"], applied);
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("select count(*) from sample_person"));
    }
}
