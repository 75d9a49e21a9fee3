// Fascicolo build: ./build.sh <target> [--option=value ...]. Targets: build, test, up, db, compose, bench, token.
#load "build/processes.cake"
#load "build/postgres.cake"
#load "build/redis.cake"
#load "build/subgraphs.cake"
#load "build/stack.cake"
#load "build/identity.cake"
#load "build/up.cake"

using System.Text.Json;
using System.Text.Json.Nodes;

var target = Argument("target", "build");
BuildConfiguration = Argument("configuration", "Release");
// An existing PostgreSQL server (server-level Npgsql connection string) instead of a throwaway one.
var externalPostgres = Argument("postgres", EnvironmentVariable("FASCICOLO_POSTGRES") ?? "");
// An existing Redis (StackExchange.Redis configuration string, e.g. 127.0.0.1:6379) instead of a throwaway one.
var externalRedis = Argument("redis", EnvironmentVariable("FASCICOLO_REDIS") ?? "");
var repositoryRoot = MakeAbsolute(Directory(".")).FullPath;

Task("build")
    .Description("Restores and builds the solution.")
    .Does(() =>
{
    DotNetBuild("Fascicolo.slnx", new DotNetBuildSettings { Configuration = BuildConfiguration });
    WriteTrustedDocuments();
});

Task("trusted-documents")
    .Description("Hashes schema/operations/<client>/*.graphql into schema/operations/manifest.json (build does it too).")
    .Does(() => WriteTrustedDocuments());

Task("test")
    .Description("Runs every test project against a throwaway PostgreSQL server (or --postgres).")
    .IsDependentOn("build")
    .Does(() =>
{
    var postgres = externalPostgres == "" ? new LocalPostgres(".data/pg-test", 55433, listenOnLoopback: false, durable: false) : null;
    var redis = externalRedis == "" ? new LocalRedis(".data/redis-test", 56379) : null;
    try
    {
        if (postgres != null)
        {
            postgres.Destroy();
            Information("Starting a throwaway PostgreSQL in .data/pg-test ...");
            postgres.Start();
        }
        if (redis != null)
        {
            Information("Starting a throwaway Redis in .data/redis-test ...");
            redis.Start();
        }
        var settings = new DotNetTestSettings
        {
            Configuration = BuildConfiguration,
            NoBuild = true,
            NoRestore = true,
            Filter = Argument("filter", (string)null),
            EnvironmentVariables =
            {
                ["FASCICOLO_TEST_POSTGRES"] = postgres?.ConnectionString ?? externalPostgres,
                ["FASCICOLO_TEST_REDIS"] = redis?.Configuration ?? externalRedis,
            },
            Loggers = { "console;verbosity=minimal" },
        };
        DotNetTest("Fascicolo.slnx", settings);
    }
    finally
    {
        postgres?.Destroy();
        redis?.Stop();
    }
});

Task("db")
    .Description("Starts the local PostgreSQL of `up` alone and prints its connection string; Ctrl-C stops it.")
    .Does(() =>
{
    var postgres = new LocalPostgres(".data/pg", Argument("pg-port", 55432), listenOnLoopback: true, durable: true);
    postgres.Start();
    Information($"PostgreSQL is running. Connection string: {postgres.ConnectionString}");
    Information($"For tests from an IDE: export FASCICOLO_TEST_POSTGRES=\"{postgres.ConnectionString}\"");
    Information("Press Ctrl-C to stop it.");
    WaitForCtrlC();
    postgres.Stop();
});

Task("up")
    .Description("Runs the whole hub locally on a seeded synthetic city.")
    .IsDependentOn("build")
    .Does(() =>
{
    // The gateway keeps trusted documents and rate-limit counters in Redis. The processes `up` starts
    // inherit this environment, so the gateway finds Redis:Configuration and the per-subject limit.
    var redis = externalRedis == "" ? new LocalRedis(".data/redis", Argument("redis-port", 56380)) : null;
    try
    {
        if (redis != null)
        {
            Information($"Redis: starting in .data/redis (port {Argument("redis-port", 56380)}) ...");
            redis.Start();
        }
        System.Environment.SetEnvironmentVariable("Redis__Configuration", redis?.Configuration ?? externalRedis);
        System.Environment.SetEnvironmentVariable("Gateway__RateLimit__PermitsPerMinute", Argument("permits-per-minute", "600"));
        RunUp(new UpOptions(
            Residents: Argument("residents", 10_000),
            Seed: Argument("seed", 20_261_126UL),
            Reset: HasArgument("reset"),
            BasePort: Argument("base-port", 4100),
            GatewayPort: Argument("gateway-port", 4000),
            PostgresPort: Argument("pg-port", 55432),
            ExternalPostgres: externalPostgres,
            RepositoryRoot: repositoryRoot));
    }
    finally
    {
        redis?.Stop();
    }
});

Task("compose")
    .Description("Composes schema/subgraphs/*.graphql into schema/supergraph.graphql (run it after a subgraph's SDL changes).")
    .IsDependentOn("build")
    .Does(() =>
{
    RunOrFail("dotnet", new[] { Gateway(0).Assembly, "compose", "--subgraphs", "schema/subgraphs", "--out", "schema/supergraph.graphql" });
});

Task("bench")
    .Description("Runs the benchmarks and writes their results under .data/bench.")
    .Does(() =>
{
    var projects = GetFiles("tests/**/*.Benchmarks.csproj");
    if (projects.Count == 0)
    {
        Information("No benchmark projects yet (tests/**/*.Benchmarks.csproj).");
        return;
    }
    foreach (var project in projects)
    {
        DotNetRun(project.FullPath, new ProcessArgumentBuilder().Append("--artifacts").AppendQuoted($"{repositoryRoot}/.data/bench/{project.GetFilenameWithoutExtension()}"), new DotNetRunSettings { Configuration = "Release" });
    }
});

Task("token")
    .Description("Prints a development token: --fiscal-code=CF --role=citizen|operator|analyst|service [--subject=…] [--ente=D969] [--department=social] [--loa=2] [--minutes=60].")
    .Does(() =>
{
    // Built first (a no-op when up to date): an older build would not know the command.
    var gateway = Gateway(0);
    DotNetBuild($"{gateway.Project}/Fascicolo.Gateway.csproj", new DotNetBuildSettings
    {
        Configuration = BuildConfiguration,
        Verbosity = DotNetVerbosity.Quiet,
        NoLogo = true,
        ArgumentCustomization = args => args.Append("-clp:NoSummary"),
    });
    var arguments = new List<string> { gateway.Assembly, "token", "--key-file", Argument("key-file", $"{repositoryRoot}/.data/identity/dev-issuer.pem") };
    foreach (var option in new[] { "fiscal-code", "role", "subject", "ente", "department", "loa", "minutes" })
    {
        if (HasArgument(option)) arguments.AddRange(new[] { $"--{option}", Argument<string>(option) });
    }
    // The command prints the token on a line of its own (--verbosity=quiet hides most of Cake's lines;
    // scripts call `dotnet …/Fascicolo.Gateway.dll token …` for the token alone).
    var info = new System.Diagnostics.ProcessStartInfo("dotnet") { UseShellExecute = false };
    foreach (var argument in arguments) info.ArgumentList.Add(argument);
    using var process = System.Diagnostics.Process.Start(info);
    process.WaitForExit();
    if (process.ExitCode != 0) throw new Exception("token: see the message above.");
});

/// <summary>Runs the gateway's `trusted-documents` command: schema/operations/manifest.json from the operation files.</summary>
void WriteTrustedDocuments()
{
    var gateway = Gateway(0);
    RunOrFail("dotnet", new[] { gateway.Assembly, "trusted-documents", "--operations", $"{repositoryRoot}/schema/operations" });
}

RunTarget(target);
