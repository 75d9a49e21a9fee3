using Fascicolo.Gateway.Benchmarks.Lab;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Benchmarks.Graphs;

/// <summary>
/// Who the benchmark's requests are sent as: the same headers go to every gateway, with the same body.
/// </summary>
/// <param name="Headers">The request headers, e.g. <c>Authorization</c>.</param>
/// <param name="OursEnvironment">The settings our gateway needs to accept them (the peers need none).</param>
public sealed record BenchmarkCaller(IReadOnlyDictionary<string, string> Headers, IReadOnlyDictionary<string, string> OursEnvironment)
{
    /// <summary>The purpose the benchmark states (<c>Fascicolo-Purpose</c>; recorded in the access log).</summary>
    public const string Purpose = "benchmark";

    /// <summary>The service client the benchmark's requests are sent as.</summary>
    public const string ClientId = "fascicolo-gateway-benchmark";

    /// <summary>No headers: an anonymous caller, enough for a graph without personal data.</summary>
    public static BenchmarkCaller Anonymous { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    /// <summary>
    /// A service client with a purpose, for a graph with personal data: our gateway refuses those fields to
    /// anonymous callers before planning (the peers do not read <c>@personalData</c>). The token comes from
    /// our gateway's development issuer, with a key made for the run; the peers ignore it and the purpose
    /// header and forward neither: the subgraphs see the caller their signing proxy names (or, when ours signs
    /// itself, the same service client, from ours' token).
    /// </summary>
    /// <param name="workDirectory">The graph's work folder (the issuer key goes under <c>identity/</c>).</param>
    /// <param name="cancellationToken">Cancels the token command.</param>
    /// <returns>The caller.</returns>
    /// <exception cref="InvalidOperationException">Our gateway's <c>token</c> command failed.</exception>
    public static async Task<BenchmarkCaller> ServiceAsync(string workDirectory, CancellationToken cancellationToken)
    {
        var keyFile = Path.GetFullPath(Path.Combine(workDirectory, "identity", "dev-issuer.pem"));
        Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
        // A day: longer than any run; the key is the run's own.
        var result = await ProcessRunner.RunAsync(
            "dotnet",
            [LabPaths.GatewayDll, "token", "--role", "service", "--subject", ClientId, "--minutes", "1440", "--key-file", keyFile],
            LabPaths.RepositoryRoot,
            TimeSpan.FromMinutes(2),
            cancellationToken).ConfigureAwait(false);
        var token = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (result.ExitCode != 0 || token is null)
        {
            throw new InvalidOperationException($"Our gateway's token command failed ({result.ExitCode}):\n{result.Error}{result.Output}");
        }
        return new BenchmarkCaller(
            new Dictionary<string, string> { ["Authorization"] = "Bearer " + token, ["Fascicolo-Purpose"] = Purpose },
            new Dictionary<string, string> { ["Identity__Development__Enabled"] = "true", ["Identity__Development__KeyFile"] = keyFile });
    }
}
