using System.Globalization;

namespace Fascicolo.Gateway.Benchmarks;

/// <summary>The benchmark's command-line options (<c>--name value</c>).</summary>
public sealed record BenchmarkOptions
{
    /// <summary>Where results.md, results.json, the supergraphs and the logs go.</summary>
    public string Artifacts { get; init; } = Path.Combine(Lab.LabPaths.RepositoryRoot, ".data", "bench", "Fascicolo.Gateway.Benchmarks");

    /// <summary>Measured load per gateway and query.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Load before each measurement (JIT, connection pools, plan caches).</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How many times each gateway is measured on each query, the gateways taking turns: the report gives the
    /// median of the rounds, so that a burst of other work on a shared machine skews one round, not a ratio.
    /// </summary>
    public int Rounds { get; init; } = 3;

    /// <summary>Open connections, each with one request in flight.</summary>
    public int Connections { get; init; } = 32;

    /// <summary>wrk threads (one keeps the load generator's share of two cores small).</summary>
    public int Threads { get; init; } = 1;

    /// <summary>The graphs to run: <c>benchmark</c>, <c>fascicolo</c>.</summary>
    public IReadOnlySet<string> Graphs { get; init; } = new HashSet<string>(["benchmark", "fascicolo"], StringComparer.Ordinal);

    /// <summary>The gateways to run: <c>ours</c>, <c>hive</c>, <c>apollo</c>.</summary>
    public IReadOnlySet<string> Gateways { get; init; } = new HashSet<string>(["ours", "hive", "apollo"], StringComparer.Ordinal);

    /// <summary>Hive Gateway's <c>--fork</c> workers; null keeps its default (one process).</summary>
    public int? HiveWorkers { get; init; }

    /// <summary>Whether Hive Gateway de-duplicates identical in-flight subgraph requests (its default).</summary>
    public bool HiveDeduplication { get; init; } = true;

    /// <summary>
    /// Whether our gateway signs its own subgraph requests in the Fascicolo graph and calls the subgraphs
    /// directly, as deployed (<c>--ours-signs on</c>), or goes through the signing proxies like the reference
    /// gateways, which cannot sign (<c>off</c>, the default: the comparison then runs every gateway under the
    /// same rules). Signing, each client request's subgraph requests carry that request's own token, so
    /// identical requests in flight are not shared between client requests, as Hive's and ours are behind the proxies.
    /// </summary>
    public bool OursSigns { get; init; }

    /// <summary>Residents seeded into the registry for the Fascicolo graph.</summary>
    public int Residents { get; init; } = 2000;

    /// <summary>A server-level PostgreSQL connection string to use instead of a throwaway server.</summary>
    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable("FASCICOLO_POSTGRES") is { Length: > 0 } postgres ? postgres : null;

    /// <summary>The usage text.</summary>
    public const string Usage = """
        Gateway benchmark: our gateway, @graphql-hive/gateway and @apollo/gateway side by side.
        options:
          --artifacts <dir>       results.md, results.json, supergraphs, logs (default .data/bench/Fascicolo.Gateway.Benchmarks)
          --duration <seconds>    measured load per gateway, query and round (default 20)
          --rounds <n>            rounds, the gateways taking turns in each; the report gives the medians (default 3)
          --warmup <seconds>      load before each measurement (default 5)
          --connections <n>       constant concurrency (default 32)
          --threads <n>           wrk threads (default 1)
          --graphs <list>         benchmark,fascicolo (default both)
          --gateways <list>       ours,hive,apollo (default all; ours is skipped when not built)
          --hive-workers <n>      Hive Gateway --fork workers (default: its CLI default, one process)
          --hive-dedupe <on|off>  Hive Gateway's in-flight subgraph request de-duplication (default on, its default)
          --ours-signs <on|off>   fascicolo graph: ours signs its subgraph requests itself (on) or goes through the signing proxies as the peers do (off, default)
          --residents <n>         registry residents for the fascicolo graph (default 2000)
          --postgres <conn>       existing PostgreSQL server (default: a throwaway one; also FASCICOLO_POSTGRES)
        """;

    /// <summary>Parses <paramref name="args"/>.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">An option is unknown or its value is missing or malformed.</exception>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            int Number() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} needs a positive whole number.");
            IReadOnlySet<string> List() => new HashSet<string>(Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);
            options = name switch
            {
                "--artifacts" => options with { Artifacts = Path.GetFullPath(Value()) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Number()) },
                "--rounds" => options with { Rounds = Number() },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Number()) },
                "--connections" => options with { Connections = Number() },
                "--threads" => options with { Threads = Number() },
                "--graphs" => options with { Graphs = List() },
                "--gateways" => options with { Gateways = List() },
                "--hive-workers" => options with { HiveWorkers = Number() },
                "--hive-dedupe" => options with { HiveDeduplication = Value() switch { "on" => true, "off" => false, _ => throw new ArgumentException("--hive-dedupe takes on or off.") } },
                "--ours-signs" => options with { OursSigns = Value() switch { "on" => true, "off" => false, _ => throw new ArgumentException("--ours-signs takes on or off.") } },
                "--residents" => options with { Residents = Number() },
                "--postgres" => options with { Postgres = Value() },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }
        return options;
    }
}
