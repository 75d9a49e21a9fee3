using Fascicolo.Audit.Store;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Testing;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Fascicolo.Subgraphs.Audit.Tests;

/// <summary>
/// <c>seed</c> writes nothing into the log but leaves it migrated with its roles: <c>up</c> seeds this
/// subgraph first, and the others append as the writer role as soon as they serve.
/// </summary>
public sealed class SeedTests
{
    [Fact]
    public async Task Seed_Should_CreateAnEmptyLogAndItsRoles_When_TheDatabaseIsBare()
    {
        await using var database = await PostgresServer.FromEnvironment().CreateDatabaseAsync("audit_seed");
        var module = new AuditModule();
        await using var app = SubgraphApplication.Build([], module, builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [module.ConnectionStringKey] = database.ConnectionString,
        }));
        using var output = new StringWriter();

        var exitCode = await SeedCommand.RunAsync(app.Services, module, new SeedOptions(10), output, output, new ConsoleSeedProgress(TextWriter.Null, interactive: false), CancellationToken.None);

        Assert.True(exitCode == 0, output.ToString());
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        await using var count = dataSource.CreateCommand("select count(*) from audit.access_entry");
        Assert.Equal(0L, await count.ExecuteScalarAsync());
        // The writer role may append right away.
        await using var writer = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = AccessLogDatabase.WriterRole }.ConnectionString);
        await new PostgresAccessLogWriter(writer).AppendAsync(
            [new AccessRecord(DateTimeOffset.UnixEpoch, "r", "taxes", "service", null, null, null, 0, "p", null, "RPTSRA91B54D969U", ["Citizen.taxPosition"])], CancellationToken.None);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }
}
