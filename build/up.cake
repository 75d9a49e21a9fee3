// `./build.sh up`: the local hub on a seeded city.
using System.Text.Json;
using System.Text.Json.Nodes;

public sealed record UpOptions(int Residents, ulong Seed, bool Reset, int BasePort, int GatewayPort, int PostgresPort, string ExternalPostgres, string RepositoryRoot);

public void RunUp(UpOptions options)
{
    var dataDirectory = $"{options.RepositoryRoot}/.data";
    System.IO.Directory.CreateDirectory($"{dataDirectory}/logs");
    System.IO.Directory.CreateDirectory($"{dataDirectory}/seed");
    var postgres = options.ExternalPostgres == "" ? new LocalPostgres($"{dataDirectory}/pg", options.PostgresPort, listenOnLoopback: true, durable: true) : null;
    var server = postgres?.ConnectionString ?? options.ExternalPostgres;
    var stack = new LocalStack();
    try
    {
        if (postgres != null)
        {
            Information($"PostgreSQL: starting in .data/pg (port {options.PostgresPort}) ...");
            postgres.Start();
        }
        var subgraphs = Subgraphs(options.BasePort);
        var gateway = Gateway(options.GatewayPort);
        // The keys exist before any subgraph starts: each is told the gateway's public key.
        var identity = CreateLocalIdentity(dataDirectory, gateway);
        foreach (var pair in identity.SubgraphEnvironment()) stack.SubgraphTrustEnvironment[pair.Key] = pair.Value;
        foreach (var pair in identity.GatewayEnvironment()) stack.GatewayIdentityEnvironment[pair.Key] = pair.Value;
        foreach (var subgraph in subgraphs)
        {
            Information($"{subgraph.Name}: seeding {options.Residents:N0} residents (seed {options.Seed}{(options.Reset ? ", reset" : "")}) ...");
            stack.Seed(subgraph, LocalStack.DatabaseConnectionString(server, subgraph.Database), options.Residents, options.Seed, options.Reset, $"{dataDirectory}/seed/{subgraph.Name}.json");
        }
        foreach (var subgraph in subgraphs)
        {
            stack.Start(subgraph, LocalStack.DatabaseConnectionString(server, subgraph.Database), $"{dataDirectory}/logs/{subgraph.Name}.log");
        }
        stack.StartGateway(gateway, subgraphs, $"{options.RepositoryRoot}/schema/supergraph.graphql", $"{dataDirectory}/logs/gateway.log");
        stack.WaitUntilReady(TimeSpan.FromSeconds(90));

        var manifest = UpManifest(options, server, subgraphs, dataDirectory);
        manifest["staff"] = AddPersonaTokens(manifest["personas"]!.AsArray(), gateway, identity);
        manifest["identity"] = new JsonObject
        {
            ["issuer"] = "fascicolo-dev",
            ["audience"] = "fascicolo",
            ["developmentKey"] = identity.DevelopmentKeyFile,
            ["gatewayPublicKey"] = identity.InternalPublicKeyFile,
            ["tokenMinutes"] = UpTokenMinutes,
            ["purposeHeader"] = "Fascicolo-Purpose",
        };
        System.IO.File.WriteAllText($"{dataDirectory}/up.json", manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        Information("");
        Information("Fascicolo is up.");
        Information($"  gateway    http://127.0.0.1:{gateway.Port}/graphql   (GraphiQL in a browser; log: .data/logs/gateway.log)");
        foreach (var subgraph in subgraphs)
        {
            Information($"  {subgraph.Name,-10} http://127.0.0.1:{subgraph.Port}/graphql   (log: .data/logs/{subgraph.Name}.log)");
        }
        Information($"  postgres   {server}");
        foreach (var persona in manifest["personas"]!.AsArray())
        {
            Information($"  persona {persona!["key"],-18} {persona["fiscalCode"]}  {persona["fullName"]}");
        }
        foreach (var persona in manifest["staff"]!.AsArray())
        {
            Information($"  persona {persona!["key"],-18} {persona["role"]}{(persona["ente"] is null ? "" : $" of {persona["ente"]}/{persona["department"]}")}");
        }
        Information("  Each persona's bearer token is in .data/up.json (personas[].token, staff[].token); ./build.sh token mints others.");
        Information("Everything is listed in .data/up.json. Press Ctrl-C to stop.");
        WaitForCtrlC(() => stack.Exited());
    }
    finally
    {
        Information("Stopping ...");
        stack.StopAll();
        postgres?.Stop();
    }
}

private JsonObject UpManifest(UpOptions options, string server, SubgraphDefinition[] subgraphs, string dataDirectory)
{
    var personas = new JsonArray();
    var registryReport = $"{dataDirectory}/seed/registry.json";
    if (System.IO.File.Exists(registryReport))
    {
        var report = JsonNode.Parse(System.IO.File.ReadAllText(registryReport));
        foreach (var persona in report?["details"]?["personas"]?.AsArray() ?? new JsonArray())
        {
            personas.Add(persona!.DeepClone());
        }
    }
    var subgraphNodes = new JsonArray();
    foreach (var subgraph in subgraphs)
    {
        subgraphNodes.Add(new JsonObject
        {
            ["name"] = subgraph.Name,
            ["graphql"] = $"http://127.0.0.1:{subgraph.Port}/graphql",
            ["healthLive"] = $"http://127.0.0.1:{subgraph.Port}/health/live",
            ["healthReady"] = $"http://127.0.0.1:{subgraph.Port}/health/ready",
            ["database"] = subgraph.Database,
            ["log"] = $".data/logs/{subgraph.Name}.log",
        });
    }
    return new JsonObject
    {
        ["startedAt"] = DateTimeOffset.UtcNow.ToString("O"),
        ["residents"] = options.Residents,
        ["seed"] = options.Seed,
        ["postgres"] = server,
        ["gateway"] = new JsonObject
        {
            ["graphql"] = $"http://127.0.0.1:{options.GatewayPort}/graphql",
            ["graphiql"] = $"http://127.0.0.1:{options.GatewayPort}/graphql",
            ["healthReady"] = $"http://127.0.0.1:{options.GatewayPort}/health/ready",
            ["log"] = ".data/logs/gateway.log",
        },
        ["subgraphs"] = subgraphNodes,
        ["personas"] = personas,
    };
}

/// <summary>Blocks until Ctrl-C (or SIGTERM), or until <paramref name="failed"/> names a process that died.</summary>
public void WaitForCtrlC(Func<SubgraphDefinition> failed = null)
{
    using var stop = new System.Threading.ManualResetEventSlim();
    ConsoleCancelEventHandler handler = (_, e) => { e.Cancel = true; stop.Set(); };
    Console.CancelKeyPress += handler;
    using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Set(); });
    try
    {
        while (!stop.Wait(500))
        {
            var dead = failed?.Invoke();
            if (dead != null) throw new Exception($"{dead.Name} stopped unexpectedly; see .data/logs/{dead.Name}.log");
        }
    }
    finally
    {
        Console.CancelKeyPress -= handler;
    }
}
