using System.Globalization;
using System.Text.Json;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Benchmarks.Load;

/// <summary>
/// Drives load with wrk (Debian's <c>wrk</c> package): a C event loop that costs far less CPU per
/// request than a Node load generator such as autocannon. On two cores shared by the load
/// generator, the gateway and four subgraphs, the generator's CPU is taken from the gateway under
/// test, and the faster the gateway the more it takes: a cheap generator keeps ratios honest.
/// </summary>
public static class Wrk
{
    /// <summary>Makes sure <c>wrk</c> is on the PATH, installing Debian's package when running as root.</summary>
    /// <param name="cancellationToken">Cancels the install.</param>
    /// <returns>A task completing when wrk is available.</returns>
    /// <exception cref="InvalidOperationException">wrk is missing and cannot be installed here.</exception>
    public static async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        if (await IsInstalledAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        if (Environment.UserName != "root")
        {
            throw new InvalidOperationException("wrk is not installed: run `sudo apt-get install -y wrk` (Debian/Ubuntu) and try again.");
        }
        Console.WriteLine("Installing wrk (apt-get install -y wrk) ...");
        await ProcessRunner.RunAsync("apt-get", ["update"], "/", TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false);
        var install = await ProcessRunner.RunAsync("apt-get", ["install", "-y", "wrk"], "/", TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false);
        if (install.ExitCode != 0 || !await IsInstalledAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Could not install wrk:\n{install.Error}{install.Output}");
        }
    }

    /// <summary>Runs wrk with <paramref name="connections"/> connections for <paramref name="duration"/>, POSTing <paramref name="bodyPath"/>.</summary>
    /// <param name="endpoint">The GraphQL endpoint.</param>
    /// <param name="bodyPath">A file holding the JSON request body.</param>
    /// <param name="headers">Further request headers (wrk's <c>-H</c>), e.g. <c>Authorization</c>.</param>
    /// <param name="connections">Open connections, each with one request in flight (constant concurrency).</param>
    /// <param name="threads">wrk threads.</param>
    /// <param name="duration">How long to run.</param>
    /// <param name="cancellationToken">Cancels (kills) the run.</param>
    /// <returns>What wrk measured.</returns>
    public static async Task<LoadResult> RunAsync(Uri endpoint, string bodyPath, IReadOnlyDictionary<string, string> headers, int connections, int threads, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(headers);
        var script = Path.Combine(AppContext.BaseDirectory, "wrk-graphql.lua");
        var seconds = Math.Max(1, (int)Math.Round(duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        string[] arguments =
        [
            "-t", threads.ToString(CultureInfo.InvariantCulture),
            "-c", connections.ToString(CultureInfo.InvariantCulture),
            "-d", seconds + "s",
            "--timeout", "30s",
            "-s", script,
            .. headers.SelectMany(header => new[] { "-H", $"{header.Key}: {header.Value}" }),
            endpoint.AbsoluteUri, "--", Path.GetFullPath(bodyPath),
        ];
        var result = await ProcessRunner.RunAsync("wrk", arguments, AppContext.BaseDirectory, duration + TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false);
        var summary = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(l => l.StartsWith('{'));
        if (result.ExitCode != 0 || summary is null)
        {
            throw new InvalidOperationException($"wrk failed ({result.ExitCode}):\n{result.Error}{result.Output}");
        }
        using var json = JsonDocument.Parse(summary);
        var root = json.RootElement;
        var latency = root.GetProperty("latencyUs");
        return new LoadResult(
            Requests: root.GetProperty("requests").GetInt64(),
            Seconds: root.GetProperty("durationUs").GetInt64() / 1e6,
            Non2xx: root.GetProperty("non2xx").GetInt64(),
            GraphQLErrors: root.GetProperty("graphqlErrors").GetInt64(),
            SocketErrors: root.GetProperty("socketErrors").GetInt64(),
            P50Ms: latency.GetProperty("p50").GetInt64() / 1000.0,
            P95Ms: latency.GetProperty("p95").GetInt64() / 1000.0,
            P99Ms: latency.GetProperty("p99").GetInt64() / 1000.0,
            Bytes: root.GetProperty("bytes").GetInt64(),
            BadSample: root.GetProperty("badSample").GetString() ?? "");
    }

    private static async Task<bool> IsInstalledAsync(CancellationToken cancellationToken)
    {
        try
        {
            var probe = await ProcessRunner.RunAsync("wrk", ["--version"], "/", TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
            return probe.Output.Contains("wrk", StringComparison.Ordinal) || probe.Error.Contains("wrk", StringComparison.Ordinal);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
