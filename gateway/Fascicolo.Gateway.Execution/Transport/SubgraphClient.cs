using System.Net;
using System.Net.Http.Headers;

namespace Fascicolo.Gateway.Execution.Transport;

/// <summary>Sends GraphQL requests to one subgraph over a pooled, keep-alive HTTP connection set.</summary>
public sealed class SubgraphClient : IDisposable
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };
    private readonly HttpClient _http;
    private readonly Uri _url;
    private readonly InflightRequests? _inflight;

    /// <summary>Creates a client for the subgraph at <paramref name="url"/>.</summary>
    public SubgraphClient(string name, Uri url, SubgraphClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Name = name;
        _url = url;
        Timeout = options.Timeout;
        _inflight = options.DeduplicateInflightQueries ? new InflightRequests() : null;
        var handler = new SocketsHttpHandler
        {
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            MaxConnectionsPerServer = options.MaxConnectionsPerSubgraph,
            EnableMultipleHttp2Connections = true,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            UseProxy = false,
        };
        _http = new HttpClient(handler)
        {
            // The per-request timeout is ours (linked token), so the client's own is off.
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
            DefaultRequestVersion = options.HttpVersion,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
    }

    /// <summary>The subgraph's name in the supergraph.</summary>
    public string Name { get; }

    /// <summary>How long one request may take.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Posts <paramref name="body"/> and reads the whole response into <paramref name="response"/>.</summary>
    /// <param name="body">The request body.</param>
    /// <param name="response">Receives the response body.</param>
    /// <param name="isQuery">
    /// True for a query: an identical query already in flight to this subgraph for the same caller (the
    /// signer's partition) is joined instead of sent again (when
    /// <see cref="SubgraphClientOptions.DeduplicateInflightQueries"/> is on).
    /// </param>
    /// <param name="signer">Adds the caller's credentials to the request; null sends none.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The HTTP status code.</returns>
    public Task<HttpStatusCode> PostAsync(ReadOnlyMemory<byte> body, PooledBufferWriter response, bool isQuery, ISubgraphRequestSigner? signer, CancellationToken cancellationToken) =>
        isQuery && _inflight is not null
            ? _inflight.SendAsync(body, response, signer, SendAsync, cancellationToken)
            : SendAsync(body, response, signer, cancellationToken);

    private async Task<HttpStatusCode> SendAsync(ReadOnlyMemory<byte> body, PooledBufferWriter response, ISubgraphRequestSigner? signer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        using var request = new HttpRequestMessage(HttpMethod.Post, _url)
        {
            Content = new ReadOnlyMemoryContent(body),
        };
        request.Content.Headers.ContentType = JsonContentType;
        request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json");

        // Signed here, per attempt: a follower that sends its own request after its leader was
        // cancelled gets a fresh token of its own (subgraphs accept each token id once).
        signer?.Sign(request.Headers, Name, body.Span);
        using var message = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var stream = await message.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await response.ReadFromAsync(stream, cancellationToken).ConfigureAwait(false);
        }

        return message.StatusCode;
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
