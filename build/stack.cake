// The local stack of `./build.sh up`: seeds each subgraph, starts it, waits until it is ready,
// writes .data/up.json, and stops everything it started on Ctrl-C.
using System.Diagnostics;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;

public sealed class LocalStack
{
    private readonly List<(SubgraphDefinition Subgraph, Process Process)> _running = new();

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

    private static Dictionary<string, string> Environment(SubgraphDefinition subgraph, string connectionString)
    {
        var environment = DevelopmentEnvironment();
        environment[$"ConnectionStrings__{subgraph.Name}"] = connectionString;
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
