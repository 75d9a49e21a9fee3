// The local stack of `./build.sh up`: seeds each subgraph, starts it, waits until it is ready,
// writes .data/up.json, and stops everything it started on Ctrl-C.
using System.Diagnostics;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;

public sealed class LocalStack
{
    private readonly List<(SubgraphDefinition Subgraph, Process Process)> _running = new();

    /// <summary>Identity and trust settings every subgraph gets (the gateway's public key; see build/identity.cake).</summary>
    public Dictionary<string, string> SubgraphTrustEnvironment { get; } = new();

    /// <summary>Identity and trust settings the gateway gets (issuers, signing key; see build/identity.cake).</summary>
    public Dictionary<string, string> GatewayIdentityEnvironment { get; } = new();

    /// <summary>
    /// The access log's database (<c>fascicolo_audit</c>) as <c>fascicolo_audit_writer</c>, on the server of
    /// <paramref name="connectionString"/>. The role has no password: local trust authentication.
    /// </summary>
    public static string AccessLogWriterConnectionString(string connectionString)
    {
        var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        foreach (var key in new[] { "Password", "User ID", "UserId", "User Name", "UID" }) builder.Remove(key);
        builder["Database"] = "fascicolo_" + AuditSubgraphName;
        builder["Username"] = "fascicolo_audit_writer";
        return builder.ConnectionString;
    }

    /// <summary>Adds the database name to a server-level connection string.</summary>
    public static string DatabaseConnectionString(string server, string database)
    {
        var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = server };
        builder["Database"] = database;
        return builder.ConnectionString;
    }

    public void Seed(SubgraphDefinition subgraph, string connectionString, int residents, ulong seed, bool reset, string reportFile)
    {
        var arguments = new List<string> { subgraph.Assembly, "seed", "--residents", residents.ToString(), "--seed", seed.ToString(), "--report", reportFile };
        if (reset) arguments.Add("--reset");
        RunOrFail("dotnet", arguments, environment: Environment(subgraph, connectionString));
    }

    public void Start(SubgraphDefinition subgraph, string connectionString, string logFile) =>
        Start(subgraph, new[] { subgraph.Assembly, "--urls", $"http://127.0.0.1:{subgraph.Port}" }, Environment(subgraph, connectionString), logFile);

    /// <summary>Starts the gateway in front of <paramref name="subgraphs"/>, on the checked-in supergraph.</summary>
    public void StartGateway(SubgraphDefinition gateway, IEnumerable<SubgraphDefinition> subgraphs, string supergraph, string logFile)
    {
        var environment = DevelopmentEnvironment();
        environment["Gateway__Supergraph"] = supergraph;
        foreach (var pair in GatewayIdentityEnvironment) environment[pair.Key] = pair.Value;
        foreach (var subgraph in subgraphs) environment[$"Gateway__Subgraphs__{subgraph.Name}"] = $"http://127.0.0.1:{subgraph.Port}/graphql";
        Start(gateway, new[] { gateway.Assembly, "--urls", $"http://127.0.0.1:{gateway.Port}" }, environment, logFile);
    }

    private void Start(SubgraphDefinition definition, IEnumerable<string> arguments, IDictionary<string, string> environment, string logFile)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var pair in environment) info.Environment[pair.Key] = pair.Value;
        var log = new System.IO.StreamWriter(logFile, append: false) { AutoFlush = true };
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (log) log.WriteLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _running.Add((definition, process));
    }

    /// <summary>Polls /health/ready of every started subgraph until all answer 200.</summary>
    public void WaitUntilReady(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        foreach (var (subgraph, process) in _running)
        {
            while (true)
            {
                if (process.HasExited) throw new Exception($"{subgraph.Name} exited with code {process.ExitCode}; see .data/logs/{subgraph.Name}.log");
                try
                {
                    if (http.GetAsync($"http://127.0.0.1:{subgraph.Port}/health/ready").GetAwaiter().GetResult().IsSuccessStatusCode) break;
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
                if (DateTime.UtcNow > deadline) throw new Exception($"{subgraph.Name} was not ready within {timeout.TotalSeconds}s; see .data/logs/{subgraph.Name}.log");
                System.Threading.Thread.Sleep(250);
            }
        }
    }

    /// <summary>The first started process that has exited, if any.</summary>
    public SubgraphDefinition Exited() => _running.FirstOrDefault(r => r.Process.HasExited).Subgraph;

    public void StopAll()
    {
        foreach (var (_, process) in _running)
        {
            if (process.HasExited) continue;
            try { process.Kill(entireProcessTree: true); process.WaitForExit(10_000); } catch (InvalidOperationException) { }
        }
        _running.Clear();
    }

    private Dictionary<string, string> Environment(SubgraphDefinition subgraph, string connectionString)
    {
        var environment = DevelopmentEnvironment();
        environment[$"ConnectionStrings__{subgraph.Name}"] = connectionString;
        // Every subgraph appends its personal-data reads to the access log as the insert-only role; the
        // audit subgraph owns that database (its ConnectionStrings__audit, set above, migrates it).
        if (subgraph.Name != AuditSubgraphName) environment["ConnectionStrings__audit"] = AccessLogWriterConnectionString(connectionString);
        foreach (var pair in SubgraphTrustEnvironment) environment[pair.Key] = pair.Value;
        // The seeded city is generated as of its reference date: subgraphs judge deadlines, school
        // years and statuses as of that day, so the demo data reads the same whatever today is.
        environment["Clock__Today"] = CityReferenceDate;
        return environment;
    }

    /// <summary>What every process `up` starts shares: the development environment of .NET and ASP.NET Core.</summary>
    private static Dictionary<string, string> DevelopmentEnvironment() => new()
    {
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
    };
}

// `./build.sh audit-verify`: checks the hash chain of the access log `up` writes (the audit subgraph's `verify`).
Task("audit-verify")
    .Description("Verifies the hash chain of the access log of `up` (or of --postgres); fails when it is broken.")
    .Does(() =>
{
    var external = Argument("postgres", EnvironmentVariable("FASCICOLO_POSTGRES") ?? "");
    var postgres = external == "" ? new LocalPostgres(".data/pg", Argument("pg-port", 55432), listenOnLoopback: true, durable: true) : null;
    if (postgres != null && !System.IO.File.Exists(postgres.DataDirectory + "/PG_VERSION"))
    {
        throw new Exception("There is no `up` database in .data/pg yet: run ./build.sh up first, or pass --postgres=\"<connection string>\".");
    }
    var audit = Subgraphs(0).Single(s => s.Name == AuditSubgraphName);
    if (!System.IO.File.Exists(audit.Assembly))
    {
        throw new Exception($"{audit.Assembly} is missing: run ./build.sh build first.");
    }
    // Started here only when `up` is not running, and then stopped again.
    var startedHere = postgres != null && !postgres.IsRunning;
    try
    {
        if (startedHere) postgres.Start();
        var connectionString = LocalStack.DatabaseConnectionString(postgres?.ConnectionString ?? external, audit.Database);
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        info.ArgumentList.Add(audit.Assembly);
        info.ArgumentList.Add("verify");
        info.Environment["ConnectionStrings__audit"] = connectionString;
        using var process = Process.Start(info);
        process.WaitForExit();
        switch (process.ExitCode)
        {
            case 0: return;
            case 1: throw new Exception("The access log's hash chain is BROKEN (see above).");
            default: throw new Exception($"verify could not check the access log (exit code {process.ExitCode}; see above).");
        }
    }
    finally
    {
        if (startedHere) postgres.Stop();
    }
});
