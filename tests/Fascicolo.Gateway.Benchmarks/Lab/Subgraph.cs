using System.Globalization;
using System.Text.RegularExpressions;

namespace Fascicolo.Gateway.Benchmarks.Lab;

/// <summary>A running subgraph process and its GraphQL endpoint.</summary>
/// <param name="Name">The subgraph name, as composed (e.g. <c>reviews</c>).</param>
/// <param name="Endpoint">Its <c>/graphql</c> endpoint.</param>
/// <param name="Process">Its process.</param>
public sealed partial record Subgraph(string Name, Uri Endpoint, ChildProcess Process) : IAsyncDisposable
{
    /// <summary>The benchmark graph's subgraphs, in composition order (as <c>BenchmarkSubgraphs.Names</c>).</summary>
    public static IReadOnlyList<string> BenchmarkNames { get; } = ["accounts", "inventory", "products", "reviews"];

    /// <summary>Starts one of the benchmark graph's subgraphs (<c>Fascicolo.Gateway.BenchmarkGraph</c>).</summary>
    /// <param name="name">accounts, inventory, products or reviews.</param>
    /// <param name="port">The port, or 0 for any free one.</param>
    /// <param name="logDirectory">Where its log goes (<c>name.log</c>).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running subgraph.</returns>
    public static async Task<Subgraph> StartBenchmarkAsync(string name, int port, string logDirectory, CancellationToken cancellationToken)
    {
        var process = ChildProcess.Start(
            name,
            "dotnet",
            [LabPaths.BenchmarkGraphDll, "--subgraph", name, "--urls", string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}")],
            LabPaths.RepositoryRoot,
            Path.Combine(logDirectory, name + ".log"));
        try
        {
            var match = await process.WaitForOutputAsync(ListeningLine(), TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
            return new Subgraph(name, new Uri(match.Groups["url"].Value + "/graphql"), process);
        }
        catch
        {
            await process.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops the process.</summary>
    /// <returns>A task completing when it has exited.</returns>
    public ValueTask DisposeAsync() => Process.DisposeAsync();

    [GeneratedRegex(@"listening on (?<url>http://[0-9.]+:[0-9]+)")]
    private static partial Regex ListeningLine();
}
