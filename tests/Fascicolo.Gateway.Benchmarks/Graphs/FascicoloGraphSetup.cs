using System.Globalization;
using System.Text.Json.Nodes;
using Fascicolo.Audit.Store;
using Fascicolo.Gateway.Benchmarks.Lab;
using Fascicolo.Testing;
using Npgsql;

namespace Fascicolo.Gateway.Benchmarks.Graphs;

/// <summary>
/// Our graph: the registry subgraph on a seeded PostgreSQL database. Only the registry exists so
/// far, so only the registry-only query runs; the two-subgraph query waits for a second subgraph.
/// </summary>
public static class FascicoloGraphSetup
{
    private const string Database = "fascicolo_bench_registry";
    private const string AuditDatabase = "fascicolo_bench_audit";

    /// <summary>Starts PostgreSQL (or uses <see cref="BenchmarkOptions.Postgres"/>), seeds and starts the registry.</summary>
    /// <param name="group">What the run stops at its end.</param>
    /// <param name="options">The benchmark options (residents, PostgreSQL).</param>
    /// <param name="workDirectory">Where the database files and logs go.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running graph and its queries.</returns>
    public static async Task<RunningGraph> StartAsync(ProcessGroup group, BenchmarkOptions options, string workDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(options);
        var server = options.Postgres ?? group.Add(await ThrowawayPostgres.StartAsync(Path.Combine(workDirectory, "pg"), cancellationToken).ConfigureAwait(false)).ConnectionString;
        await RecreateDatabaseAsync(server, Database, cancellationToken).ConfigureAwait(false);
        await RecreateDatabaseAsync(server, AuditDatabase, cancellationToken).ConfigureAwait(false);
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = Database }.ConnectionString;
        var auditConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = AuditDatabase }.ConnectionString;
        await AccessLogDatabase.MigrateAsync(auditConnectionString, cancellationToken).ConfigureAwait(false);

        // The registry requires internal tokens as in production; the reference gateways cannot sign
        // them, so every gateway calls it through the signing proxy below (the key it trusts is the proxy's).
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__registry"] = connectionString,
            ["ConnectionStrings__audit"] = auditConnectionString,
            ["Trust__GatewayKey"] = TestGatewayKeys.PublicKeyPem,
            ["Trust__Mode"] = "required",
            ["Logging__LogLevel__Default"] = "Warning",
        };

        Console.WriteLine($"  seeding the registry with {options.Residents} residents ...");
        await using (var seed = ChildProcess.Start("registry-seed", "dotnet", [LabPaths.RegistryDll, "seed", "--residents", options.Residents.ToString(CultureInfo.InvariantCulture)], LabPaths.RepositoryRoot, Path.Combine(workDirectory, "logs", "registry-seed.log"), environment))
        {
            if (await seed.WaitForExitAsync(TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false) != 0)
            {
                throw new InvalidOperationException($"Seeding the registry failed:\n{seed.Tail()}");
            }
        }

        var port = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        var process = group.Add(ChildProcess.Start("registry", "dotnet", [LabPaths.RegistryDll, "--urls", $"http://127.0.0.1:{port}"], LabPaths.RepositoryRoot, Path.Combine(workDirectory, "logs", "registry.log"), environment));
        var proxy = group.Add(await RegistrySigningProxy.StartAsync(new Uri($"http://127.0.0.1:{port}/graphql")).ConfigureAwait(false));
        Console.WriteLine($"  the gateways call the registry through the signing proxy at {proxy.Url}");
        var registry = new Subgraph("registry", proxy.Url, process);
        await GraphQLClient.WaitUntilReadyAsync(registry.Endpoint, process, TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);

        var fiscalCode = await AnyFiscalCodeAsync(registry.Endpoint, cancellationToken).ConfigureAwait(false);
        var query = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Queries", "fascicolo-registry.graphql"), cancellationToken).ConfigureAwait(false);
        return new RunningGraph(
            "fascicolo",
            $"registry subgraph on PostgreSQL ({options.Residents} residents)",
            [registry],
            [new BenchmarkQuery("registry-only", "a citizen's dossier from the registry: identity, birthplace, residence, household members", GraphQLClient.Body(query, new JsonObject { ["fiscalCode"] = fiscalCode }))],
            ["The two-subgraph query is not measured yet: the registry is the only subgraph of our graph so far."]);
    }

    private static async Task RecreateDatabaseAsync(string server, string database, CancellationToken cancellationToken)
    {
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var sql in new[] { $"drop database if exists {database} with (force)", $"create database {database}" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<string> AnyFiscalCodeAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        // A household head, so that the household part of the query has members to list.
        var response = await GraphQLClient.PostAsync(endpoint, GraphQLClient.Body("{ citizens(first: 50) { edges { node { fiscalCode household { head { fiscalCode } } } } } }"), cancellationToken).ConfigureAwait(false);
        var heads = response.Body?["data"]?["citizens"]?["edges"]?.AsArray()
            .Select(edge => edge?["node"]?["household"]?["head"]?["fiscalCode"]?.GetValue<string>())
            .OfType<string>();
        return heads?.FirstOrDefault() ?? throw new InvalidOperationException($"The seeded registry lists no household head: {response.Text}");
    }
}
