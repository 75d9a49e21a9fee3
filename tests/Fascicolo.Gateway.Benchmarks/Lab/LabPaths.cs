using System.Reflection;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Benchmarks.Lab;

/// <summary>Where the lab finds the programs it runs: the repository's own build outputs and <c>tests/node</c>.</summary>
public static class LabPaths
{
    /// <summary>The repository root (the folder holding <c>Fascicolo.slnx</c>).</summary>
    public static string RepositoryRoot { get; } = Fascicolo.Testing.RepositoryRoot.Find();

    /// <summary>The build configuration this assembly was built with; the sibling programs were built with it too.</summary>
    public static string Configuration { get; } =
        typeof(LabPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "Configuration")?.Value ?? "Release";

    /// <summary>The benchmark graph's subgraph program.</summary>
    public static string BenchmarkGraphDll => Output("tests/Fascicolo.Gateway.BenchmarkGraph", "Fascicolo.Gateway.BenchmarkGraph.dll");

    /// <summary>Our gateway host.</summary>
    public static string GatewayDll => Output("gateway/Fascicolo.Gateway", "Fascicolo.Gateway.dll");

    /// <summary>The registry subgraph.</summary>
    public static string RegistryDll => Output("subgraphs/Fascicolo.Subgraphs.Registry", "Fascicolo.Subgraphs.Registry.dll");

    /// <summary>The territory subgraph.</summary>
    public static string TerritoryDll => Output("subgraphs/Fascicolo.Subgraphs.Territory", "Fascicolo.Subgraphs.Territory.dll");

    /// <summary>Whether our gateway host has been built (it is being written while the lab is).</summary>
    public static bool GatewayExists => File.Exists(GatewayDll);

    /// <summary>
    /// Builds our gateway host in <see cref="Configuration"/>. It is not a project reference: the
    /// host is written alongside the lab, and a gateway that does not build yet must not stop the
    /// peers from being measured.
    /// </summary>
    /// <param name="cancellationToken">Cancels the build.</param>
    /// <returns>Null when it built; otherwise the end of the build output.</returns>
    public static async Task<string?> BuildGatewayAsync(CancellationToken cancellationToken)
    {
        var project = Path.Combine(RepositoryRoot, "gateway", "Fascicolo.Gateway", "Fascicolo.Gateway.csproj");
        if (!File.Exists(project))
        {
            return $"{project} does not exist yet.";
        }
        var result = await ProcessRunner.RunAsync("dotnet", ["build", project, "-c", Configuration, "-nologo", "-v", "q"], RepositoryRoot, TimeSpan.FromMinutes(10), cancellationToken).ConfigureAwait(false);
        return result.ExitCode == 0 ? null : string.Join('\n', result.Output.Split('\n').Where(l => l.Contains("error", StringComparison.Ordinal)).Distinct().Take(10));
    }

    /// <summary>The Node tools folder, installed with <c>npm ci</c> when needed.</summary>
    /// <param name="cancellationToken">Cancels the install.</param>
    /// <returns>The absolute path of <c>tests/node</c>.</returns>
    public static Task<string> NodeToolsAsync(CancellationToken cancellationToken) => NodeTools.EnsureInstalledAsync(cancellationToken);

    private static string Output(string project, string dll) =>
        Path.Combine(RepositoryRoot, project, "bin", Configuration, "net10.0", dll);
}
