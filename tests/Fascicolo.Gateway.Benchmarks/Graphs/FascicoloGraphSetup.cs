using System.Globalization;
using System.Text.Json.Nodes;
using Fascicolo.Audit.Store;
using Fascicolo.Gateway.Benchmarks.Lab;
using Fascicolo.Testing;
using Npgsql;

namespace Fascicolo.Gateway.Benchmarks.Graphs;

/// <summary>
/// Our graph: the registry and territory subgraphs, each on its own seeded PostgreSQL database (the
/// same synthetic city), with a registry-only query and a query crossing into territory. Both require
/// internal tokens as in production and append their personal reads to one access log; the reference
/// gateways cannot sign such tokens, so they call them through signing proxies, and so does ours when
/// <see cref="BenchmarkOptions.OursSigns"/> is off (else it signs and calls them directly).
/// </summary>
public static class FascicoloGraphSetup
{
    private const string AuditDatabase = "fascicolo_bench_audit";

    /// <summary>Starts PostgreSQL (or uses <see cref="BenchmarkOptions.Postgres"/>), seeds and starts the registry and territory.</summary>
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
        await RecreateDatabaseAsync(server, AuditDatabase, cancellationToken).ConfigureAwait(false);
        var accessLog = new NpgsqlConnectionStringBuilder(server) { Database = AuditDatabase }.ConnectionString;
        await AccessLogDatabase.MigrateAsync(accessLog, cancellationToken).ConfigureAwait(false);
        var (registry, registryDirect) = await StartSubgraphAsync(group, "registry", LabPaths.RegistryDll, server, accessLog, options, workDirectory, cancellationToken).ConfigureAwait(false);
        var (territory, territoryDirect) = await StartSubgraphAsync(group, "territory", LabPaths.TerritoryDll, server, accessLog, options, workDirectory, cancellationToken).ConfigureAwait(false);

        var fiscalCode = await HeadOwningPropertyAsync(registry.Endpoint, territory.Endpoint, cancellationToken).ConfigureAwait(false);
        var variables = new JsonObject { ["fiscalCode"] = fiscalCode };
        var registryOnly = await QueryTextAsync("fascicolo-registry.graphql", cancellationToken).ConfigureAwait(false);
        var withTerritory = await QueryTextAsync("fascicolo-registry-territory.graphql", cancellationToken).ConfigureAwait(false);
        return new RunningGraph(
            "fascicolo",
            $"registry and territory subgraphs on PostgreSQL ({options.Residents} residents)",
            [registry, territory],
            [
                new BenchmarkQuery("registry-only", "a citizen's dossier from the registry: identity, birthplace, residence, household members", GraphQLClient.Body(registryOnly, variables)),
                new BenchmarkQuery("registry-territory", "the dossier with the home's building and the citizen's cadastral units: registry, then territory twice side by side", GraphQLClient.Body(withTerritory, variables.DeepClone().AsObject())),
            ],
            [])
        {
            // --ours-signs on: our gateway as deployed, signing with the key the subgraphs trust and calling them directly.
            OursEnvironment = options.OursSigns
                ? new Dictionary<string, string>
                {
                    ["Trust__SigningKeyFile"] = TestGatewayKeys.PrivateKeyPath,
                    ["Gateway__Subgraphs__registry"] = registryDirect.ToString(),
                    ["Gateway__Subgraphs__territory"] = territoryDirect.ToString(),
                }
                : new Dictionary<string, string>(),
        };
    }

    /// <summary>
    /// Seeds the subgraph's database (dropped first, so every run measures the same data), starts it and
    /// the signing proxy in front of it: the subgraph's endpoint is the proxy's; the direct one is beside it.
    /// </summary>
    private static async Task<(Subgraph Subgraph, Uri Direct)> StartSubgraphAsync(ProcessGroup group, string name, string dll, string server, string accessLog, BenchmarkOptions options, string workDirectory, CancellationToken cancellationToken)
    {
        var database = $"fascicolo_bench_{name}";
        await RecreateDatabaseAsync(server, database, cancellationToken).ConfigureAwait(false);
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        var environment = new Dictionary<string, string>
        {
            [$"ConnectionStrings__{name}"] = connectionString,
            ["ConnectionStrings__audit"] = accessLog,
            ["Trust__GatewayKey"] = TestGatewayKeys.PublicKeyPem,
            ["Logging__LogLevel__Default"] = "Warning",
        };

        Console.WriteLine($"  seeding {name} with {options.Residents} residents ...");
        await using (var seed = ChildProcess.Start($"{name}-seed", "dotnet", [dll, "seed", "--residents", options.Residents.ToString(CultureInfo.InvariantCulture)], LabPaths.RepositoryRoot, Path.Combine(workDirectory, "logs", $"{name}-seed.log"), environment))
        {
            if (await seed.WaitForExitAsync(TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false) != 0)
            {
                throw new InvalidOperationException($"Seeding {name} failed:\n{seed.Tail()}");
            }
        }

        var port = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        var process = group.Add(ChildProcess.Start(name, "dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"], LabPaths.RepositoryRoot, Path.Combine(workDirectory, "logs", $"{name}.log"), environment));
        var proxy = group.Add(await SubgraphSigningProxy.StartAsync(new Uri($"http://127.0.0.1:{port}/graphql"), name).ConfigureAwait(false));
        Console.WriteLine($"  the gateways call {name} through the signing proxy at {proxy.Url}");
        var subgraph = new Subgraph(name, proxy.Url, process);
        await GraphQLClient.WaitUntilReadyAsync(subgraph.Endpoint, process, TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
        return (subgraph, new Uri($"http://127.0.0.1:{port}/graphql"));
    }

    private static Task<string> QueryTextAsync(string file, CancellationToken cancellationToken) =>
        File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Queries", file), cancellationToken);

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

    /// <summary>
    /// A household head who owns a share of some cadastral unit, so that every part of both queries has
    /// something to list (the first head of the first page when none does).
    /// </summary>
    private static async Task<string> HeadOwningPropertyAsync(Uri registry, Uri territory, CancellationToken cancellationToken)
    {
        var response = await GraphQLClient.PostAsync(registry, GraphQLClient.Body("{ citizens(first: 100) { edges { node { fiscalCode household { head { fiscalCode } } } } } }"), cancellationToken).ConfigureAwait(false);
        var heads = response.Body?["data"]?["citizens"]?["edges"]?.AsArray()
            .Select(edge => edge?["node"]?["household"]?["head"]?["fiscalCode"]?.GetValue<string>())
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList() ?? [];
        if (heads.Count == 0)
        {
            throw new InvalidOperationException($"The seeded registry lists no household head: {response.Text}");
        }

        var representations = new JsonArray([.. heads.Select(code => (JsonNode)new JsonObject { ["__typename"] = "Citizen", ["fiscalCode"] = code })]);
        var owners = await GraphQLClient.PostAsync(
            territory,
            GraphQLClient.Body("query($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { fiscalCode properties { id } } } }", new JsonObject { ["r"] = representations }),
            cancellationToken).ConfigureAwait(false);
        var owner = owners.Body?["data"]?["_entities"]?.AsArray()
            .FirstOrDefault(e => e?["properties"] is JsonArray { Count: > 0 })?["fiscalCode"]?.GetValue<string>();
        return owner ?? heads[0];
    }
}
