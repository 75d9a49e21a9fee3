using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Gateway.Identity;

/// <summary>
/// Signs every subgraph request of one client request with a fresh internal token naming its caller,
/// for that subgraph and that body (see <see cref="InternalTokenIssuer"/>).
/// </summary>
internal sealed class InternalTokenSigner : ISubgraphRequestSigner
{
    private readonly InternalTokenIssuer _issuer;
    private readonly Caller _caller;
    private string? _partition;

    public InternalTokenSigner(InternalTokenIssuer issuer, Caller caller)
    {
        _issuer = issuer;
        _caller = caller;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Everything the subgraphs decide access on is in it, so two callers who may see different data
    /// never share a subgraph answer. An authenticated caller's request id is in it too: each of their
    /// requests must reach the subgraphs, which record every personal read under the request that made it.
    /// </remarks>
    public string Partition => _partition ??= PartitionOf(_caller);

    /// <inheritdoc/>
    public void Sign(HttpRequestHeaders headers, string subgraph, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.Authorization = new AuthenticationHeaderValue("Bearer", _issuer.Issue(_caller, subgraph, body));
    }

    /// <summary>The partition of <paramref name="caller"/>: each part length-prefixed, so no two callers' parts can run together.</summary>
    internal static string PartitionOf(Caller caller)
    {
        var partition = new StringBuilder(128);
        Append(partition, caller.Role);
        Append(partition, caller.Subject);
        Append(partition, caller.Ente);
        Append(partition, caller.Department);
        Append(partition, caller.Purpose);
        Append(partition, caller.Client);
        Append(partition, caller.Assurance.ToString(CultureInfo.InvariantCulture));
        foreach (var ward in caller.Wards)
        {
            Append(partition, ward);
        }

        if (caller.IsAuthenticated)
        {
            Append(partition, caller.RequestId);
        }

        return partition.ToString();
    }

    private static void Append(StringBuilder partition, string? part) =>
        partition.Append(part is null ? -1 : part.Length).Append(':').Append(part).Append(';');
}
