using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Fascicolo.Gateway.Identity;
using Fascicolo.Gateway.Tests.CityGraph;
using Fascicolo.Gateway.Trust;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>
/// Sends requests to the hub as an outsider would: to the gateway with a bearer token and a purpose, or
/// straight to a subgraph with whatever <c>Authorization</c> the attack calls for (none, forged, replayed,
/// moved, expired...). Each response comes back whole, whatever its status.
/// </summary>
internal sealed class HubClient : IDisposable
{
    /// <summary>The stolen service identity of the token attacks on subgraphs.</summary>
    private const string StolenService = "fascicolo-batch";

    private static readonly byte[] InnocentBody = Encoding.UTF8.GetBytes("""{"query":"{ _service { sdl } }"}""");

    // Never disposed: Microsoft.IdentityModel caches signature providers per key id for the whole process.
    private static readonly ECDsa ForgedKey = InternalTokenKeys.Create();
    private static readonly Lazy<ECDsa> GatewayKey = new(() =>
    {
        var key = ECDsa.Create();
        key.ImportFromPem(TestGatewayKeys.PrivateKeyPem);
        return key;
    });

    private static readonly Lock SigningGate = new();

    private readonly CityGatewayFixture _hub;
    private readonly HttpClient _http = new(new SocketsHttpHandler()) { Timeout = TimeSpan.FromSeconds(60) };
    private readonly ConcurrentDictionary<Attacker, string?> _tokens = new();

    public HubClient(CityGatewayFixture hub) => _hub = hub;

    /// <summary>The gateway's development-issuer token for <paramref name="attacker"/> (one per attacker, reused).</summary>
    public string? TokenOf(Attacker attacker) => _tokens.GetOrAdd(attacker, a => a.MintToken(_hub.Identity));

    /// <summary>POSTs <paramref name="body"/> to the gateway with <paramref name="token"/> and <paramref name="purpose"/>.</summary>
    public async Task<HostileResponse> GatewayAsync(string body, string? token, string? purpose, CancellationToken cancellationToken = default)
    {
        using var request = Post(_hub.Gateway.GraphQLEndpoint, Encoding.UTF8.GetBytes(body));
        Authorize(request, token, purpose);
        return await SendAsync(request, null, cancellationToken);
    }

    /// <summary>Sends <paramref name="body"/>'s members as the query parameters of a GET to the gateway.</summary>
    private async Task<HostileResponse> GatewayGetAsync(string body, string? token, string? purpose, CancellationToken cancellationToken)
    {
        using var json = JsonDocument.Parse(body);
        var parameters = json.RootElement.EnumerateObject()
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText())}");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_hub.Gateway.GraphQLEndpoint, "?" + string.Join('&', parameters)));
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        Authorize(request, token, purpose);
        return await SendAsync(request, null, cancellationToken);
    }

    /// <summary>Sends a hostile case where it goes, signed as it says.</summary>
    /// <param name="case">The case.</param>
    /// <param name="original">Receives the legitimate first use of a token that is then replayed (its request id and response).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<HostileResponse> SendAsync(HostileCase @case, Action<string, HostileResponse>? original, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (@case.ToGateway)
        {
            var token = @case.Token switch
            {
                Credential.GatewaySubjectIsVictim => _hub.Identity.Mint(new DevelopmentTokenRequest(CallerRoles.Citizen, @case.Victim, @case.Attacker.FiscalCode, @case.Attacker.Assurance, null, null, TimeSpan.FromMinutes(20))),
                Credential.GatewayWithoutFiscalNumber => _hub.Identity.Mint(new DevelopmentTokenRequest(CallerRoles.Citizen, @case.Victim, null, 2, null, null, TimeSpan.FromMinutes(20))),
                _ => TokenOf(@case.Attacker),
            };
            return @case.AsGet
                ? await GatewayGetAsync(@case.Body, token, @case.Attacker.Purpose, cancellationToken)
                : await GatewayAsync(@case.Body, token, @case.Attacker.Purpose, cancellationToken);
        }

        var endpoint = _hub.Subgraphs[@case.Target].GraphQLEndpoint;
        var body = Encoding.UTF8.GetBytes(@case.Body);
        var requestId = TestCallers.NewRequestId();
        var service = new Caller(CallerRoles.Service, StolenService, null, null, 0, TestCallers.Purpose, requestId, []);
        string? authorization = @case.Token switch
        {
            Credential.None => null,
            Credential.ForgedKey => Sign(ForgedKey, null, service, @case.Target, body),
            Credential.Replayed => TestGatewayKeys.Mint(service, @case.Target, body),
            Credential.OtherBody => TestGatewayKeys.Mint(service, @case.Target, InnocentBody),
            Credential.OtherAudience => TestGatewayKeys.Mint(service, OtherSubgraph(@case.Target), body),
            Credential.Expired => Sign(GatewayKey.Value, new FixedTimeProvider(DateTimeOffset.UtcNow.AddMinutes(-10)), service, @case.Target, body),
            Credential.EndUserToken => TokenOf(@case.Attacker) ?? TokenOf(Attacker.ServiceWithoutPurpose),
            Credential.SignedForAttacker => TestGatewayKeys.Mint(@case.Attacker.ToCaller(requestId), @case.Target, body),
            _ => throw new ArgumentOutOfRangeException(nameof(@case), @case.Token, "A gateway token for a subgraph request."),
        };

        if (@case.Token == Credential.Replayed)
        {
            // The token's one legitimate use, by the service it was issued to; then the attacker replays it.
            using var first = Post(endpoint, body, authorization);
            original?.Invoke(requestId, await SendAsync(first, requestId, cancellationToken));
        }

        using var request = Post(endpoint, body, authorization);
        return await SendAsync(request, requestId, cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private static void Authorize(HttpRequestMessage request, string? token, string? purpose)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (purpose is not null)
        {
            request.Headers.TryAddWithoutValidation(CallerIdentification.PurposeHeader, purpose);
        }
    }

    private string OtherSubgraph(string subgraph)
    {
        var names = _hub.Subgraphs.Keys.Order(StringComparer.Ordinal).ToList();
        return names[(names.IndexOf(subgraph) + 1) % names.Count];
    }

    private static string Sign(ECDsa key, TimeProvider? time, Caller caller, string audience, byte[] body)
    {
        lock (SigningGate)
        {
            return new InternalTokenIssuer(key, time).Issue(caller, audience, body);
        }
    }

    private static HttpRequestMessage Post(Uri endpoint, byte[] body, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return request;
    }

    private async Task<HostileResponse> SendAsync(HttpRequestMessage request, string? requestId, CancellationToken cancellationToken)
    {
        using var response = await _http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var id = response.Headers.TryGetValues(CallerIdentification.RequestIdHeader, out var ids) ? ids.FirstOrDefault() : requestId;
        var challenge = response.Headers.WwwAuthenticate.FirstOrDefault()?.ToString();
        return new HostileResponse((int)response.StatusCode, id, challenge, text);
    }
}
