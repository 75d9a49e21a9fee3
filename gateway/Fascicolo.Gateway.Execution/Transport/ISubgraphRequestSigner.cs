using System.Net.Http.Headers;

namespace Fascicolo.Gateway.Execution.Transport;

/// <summary>
/// Adds the client's credentials to each subgraph request of one client request (the host mints them;
/// the engine only carries them).
/// </summary>
public interface ISubgraphRequestSigner
{
    /// <summary>
    /// Requests with different partitions never share an in-flight subgraph call: one caller's answer
    /// must never reach another caller.
    /// </summary>
    string Partition { get; }

    /// <summary>Adds headers for the request to <paramref name="subgraph"/> whose body is <paramref name="body"/>.</summary>
    void Sign(HttpRequestHeaders headers, string subgraph, ReadOnlySpan<byte> body);
}
