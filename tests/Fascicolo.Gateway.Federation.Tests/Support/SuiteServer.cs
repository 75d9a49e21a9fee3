using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Fascicolo.Gateway.Benchmarks.Lab;

namespace Fascicolo.Gateway.Federation.Tests.Support;

/// <summary>
/// One suite's subgraphs, served by <c>tests/node/federation-suites/serve.mjs</c> on one port, with
/// the count of requests each subgraph received since the last <see cref="ResetRequestsAsync"/>.
/// </summary>
public sealed partial class SuiteServer : IAsyncDisposable
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };
    private readonly ChildProcess _process;

    private SuiteServer(ChildProcess process, Uri root, IReadOnlyList<(string Name, Uri Endpoint)> subgraphs)
    {
        _process = process;
        Root = root;
        Subgraphs = subgraphs;
    }

    /// <summary>The server's root URL.</summary>
    public Uri Root { get; }

    /// <summary>The suite's subgraphs in the order the suite declares them.</summary>
    public IReadOnlyList<(string Name, Uri Endpoint)> Subgraphs { get; }

    /// <summary>Starts the suite <paramref name="suite"/> (<c>federation-suites/&lt;suite&gt;/index.mjs</c>) on a free port.</summary>
    /// <param name="suite">The suite folder.</param>
    /// <param name="logDirectory">Where its log goes.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    public static async Task<SuiteServer> StartAsync(string suite, string logDirectory, CancellationToken cancellationToken)
    {
        var nodeDirectory = await LabPaths.NodeToolsAsync(cancellationToken);
        var port = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        var process = ChildProcess.Start("suite-" + suite, "node", ["federation-suites/serve.mjs", suite, port], nodeDirectory, Path.Combine(logDirectory, "subgraphs.log"));
        try
        {
            var ready = await process.WaitForOutputAsync(ListeningLine(), TimeSpan.FromSeconds(30), cancellationToken);
            // The subgraph lines come before the listening line, so they are all in the tail by now.
            var subgraphs = SubgraphLine().Matches(process.Tail(500))
                .Select(m => (m.Groups["name"].Value, new Uri(m.Groups["url"].Value)))
                .ToList();
            return new SuiteServer(process, new Uri(ready.Groups["url"].Value), subgraphs);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>Forgets the requests counted so far.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task completing when the counts are zero.</returns>
    public async Task ResetRequestsAsync(CancellationToken cancellationToken)
    {
        using var response = await Http.PostAsync(new Uri(Root, "/__requests/reset"), null, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The requests each subgraph received since the last reset.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The counts by subgraph and the requests themselves (for failure messages).</returns>
    public async Task<SubgraphRequests> RequestsAsync(CancellationToken cancellationToken)
    {
        var text = await Http.GetStringAsync(new Uri(Root, "/__requests"), cancellationToken);
        var body = JsonNode.Parse(text)!.AsObject();
        var counts = body["counts"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<int>(), StringComparer.Ordinal);
        var log = body["requests"]!.AsArray().Select(r => $"{r!["subgraph"]}: {r["query"]} {r["variables"]?.ToJsonString()}").ToList();
        return new SubgraphRequests(counts, log);
    }

    /// <summary>Stops the server by its process id.</summary>
    /// <returns>A task completing when it has exited.</returns>
    public ValueTask DisposeAsync() => _process.DisposeAsync();

    [GeneratedRegex(@"listening on (?<url>http://[0-9.]+:[0-9]+)")]
    private static partial Regex ListeningLine();

    [GeneratedRegex(@"subgraph (?<name>\S+) at (?<url>http://\S+)")]
    private static partial Regex SubgraphLine();
}
