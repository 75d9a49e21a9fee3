using Fascicolo.Gateway.Trust;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Fascicolo.Testing;

/// <summary>
/// A stand-in for the gateway in front of one subgraph, for tools that cannot sign (the
/// <c>graphql-http</c> audit): Kestrel on <c>127.0.0.1:0</c> forwarding every request unchanged (method,
/// path, query string, headers, body) with a fresh internal token, and the response back unchanged.
/// </summary>
public sealed class SigningProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection", "TE", "Trailer", "Host",
    };

    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private SigningProxy(WebApplication app, HttpClient client)
    {
        _app = app;
        _client = client;
    }

    /// <summary>The proxy's address for the target's path (e.g. <c>http://127.0.0.1:41235/graphql</c>).</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Starts a proxy to <paramref name="target"/> signing as <paramref name="caller"/> for <paramref name="audience"/>.</summary>
    /// <param name="target">The subgraph's endpoint; its scheme, host and port receive everything.</param>
    /// <param name="audience">The subgraph's name.</param>
    /// <param name="caller">Who the requests are sent as (a fresh request id each is up to the function).</param>
    /// <returns>The started proxy.</returns>
    public static async Task<SigningProxy> StartAsync(Uri target, string audience, Func<Caller> caller)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(caller);
        var client = new HttpClient(new InternalTokenSigningHandler(audience, _ => caller()) { InnerHandler = new SocketsHttpHandler { UseProxy = false } })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var proxy = new SigningProxy(app, client);
        var origin = new Uri(target.GetLeftPart(UriPartial.Authority));
        app.Run(context => proxy.ForwardAsync(context, origin));
        await app.StartAsync().ConfigureAwait(false);
        proxy.Url = new Uri(new Uri(app.Urls.First()), target.PathAndQuery);
        return proxy;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _client.Dispose();
    }

    private async Task ForwardAsync(HttpContext context, Uri origin)
    {
        var incoming = context.Request;
        using var request = new HttpRequestMessage(new HttpMethod(incoming.Method), new Uri(origin, incoming.Path.Value + incoming.QueryString.Value));
        using var body = new MemoryStream();
        await incoming.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        if (body.Length > 0 || incoming.ContentLength is not null || incoming.ContentType is not null)
        {
            request.Content = new ByteArrayContent(body.ToArray());
        }
        foreach (var (name, values) in incoming.Headers)
        {
            if (HopByHop.Contains(name) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted).ConfigureAwait(false);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopByHop.Contains(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }
        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
