using System.Net.Http.Headers;
using System.Text;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Testing;

/// <summary>
/// Does what the gateway does for every subgraph call: adds <c>Authorization: Bearer</c> with a fresh
/// internal token bound to the request's bytes (the POST body, or the raw query string of a GET). A
/// request that already has an <c>Authorization</c> header (a forged token under test) is left alone,
/// and so is one whose caller is null (no token at all).
/// </summary>
/// <param name="audience">The subgraph's name.</param>
/// <param name="callerOf">Who each request is sent as; null for no token.</param>
public sealed class InternalTokenSigningHandler(string audience, Func<HttpRequestMessage, Caller?> callerOf) : DelegatingHandler
{
    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.Authorization is null && callerOf(request) is { } caller)
        {
            var signed = await SignedBytesAsync(request, cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestGatewayKeys.Mint(caller, audience, signed));
        }
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<byte[]> SignedBytesAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Get)
        {
            return Encoding.UTF8.GetBytes(request.RequestUri?.Query ?? string.Empty);
        }
        if (request.Content is not { } content)
        {
            return [];
        }
        // Buffer the body once and send exactly those bytes, so that what was hashed is what goes out.
        var body = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var buffered = new ByteArrayContent(body);
        foreach (var (name, values) in content.Headers)
        {
            if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                buffered.Headers.TryAddWithoutValidation(name, values);
            }
        }
        request.Content = buffered;
        content.Dispose();
        return body;
    }
}
