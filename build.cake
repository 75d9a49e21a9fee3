// Fascicolo build: ./build.sh <target> [--option=value ...]. Targets: build, test, up, db, compose, bench, token.
#load "build/processes.cake"
#load "build/postgres.cake"
#load "build/subgraphs.cake"
#load "build/stack.cake"
#load "build/up.cake"

using System.Text.Json;
using System.Text.Json.Nodes;

var target = Argument("target", "build");
BuildConfiguration = Argument("configuration", "Release");
// An existing PostgreSQL server (server-level Npgsql connection string) instead of a throwaway one.
var externalPostgres = Argument("postgres", EnvironmentVariable("FASCICOLO_POSTGRES") ?? "");
var repositoryRoot = MakeAbsolute(Directory(".")).FullPath;

Task("build")
    .Description("Restores and builds the solution.")
    .Does(() =>
{
    DotNetBuild("Fascicolo.slnx", new DotNetBuildSettings { Configuration = BuildConfiguration });
});

Task("test")
    .Description("Runs every test project against a throwaway PostgreSQL server (or --postgres).")
    .IsDependentOn("build")
    .Does(() =>
{
    var postgres = externalPostgres == "" ? new LocalPostgres(".data/pg-test", 55433, listenOnLoopback: false, durable: false) : null;
    try
    {
        if (postgres != null)
        {
            postgres.Destroy();
            Information("Starting a throwaway PostgreSQL in .data/pg-test ...");
            postgres.Start();
        }
        var settings = new DotNetTestSettings
        {
            Configuration = BuildConfiguration,
            NoBuild = true,
            NoRestore = true,
            Filter = Argument("filter", (string)null),
            EnvironmentVariables = { ["FASCICOLO_TEST_POSTGRES"] = postgres?.ConnectionString ?? externalPostgres },
            Loggers = { "console;verbosity=minimal" },
        };
        DotNetTest("Fascicolo.slnx", settings);
    }
    finally
    {
        postgres?.Destroy();
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
    .Does(() => RunUp(new UpOptions(
        Residents: Argument("residents", 10_000),
        Seed: Argument("seed", 20_261_126UL),
        Reset: HasArgument("reset"),
        BasePort: Argument("base-port", 4100),
        GatewayPort: Argument("gateway-port", 4000),
        PostgresPort: Argument("pg-port", 55432),
        ExternalPostgres: externalPostgres,
        RepositoryRoot: repositoryRoot)));

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
    .Description("Prints a development token (arrives with the identity work).")
    .Does(() =>
{
    throw new Exception("`token` is not available yet: the development issuer arrives with the identity and authorization work.");
});

RunTarget(target);
