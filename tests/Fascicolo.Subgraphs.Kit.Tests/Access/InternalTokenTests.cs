using System.Net;
using System.Text.Json;
using Fascicolo.Gateway.Trust;
using Fascicolo.Testing;
using static Fascicolo.Subgraphs.Kit.Tests.GraphQLResponses;

namespace Fascicolo.Subgraphs.Kit.Tests.Access;

/// <summary>
/// <c>/graphql</c> runs nothing without a valid internal token from the gateway: 401, a
/// <c>WWW-Authenticate</c> challenge, one <c>UNAUTHENTICATED</c> error and no data.
/// </summary>
public sealed class InternalTokenTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    private static readonly string Body = JsonSerializer.Serialize(new { query = $"{{ citizen(fiscalCode: \"{AccessData.Stranger}\") {{ name }} bulletin }}" });

    private SubgraphTestHost Host => fixture.Host;

    private static Caller Service => TestCallers.Service();

    [Fact]
    public async Task Request_Should_Return401_When_ItHasNoToken()
    {
        AssertRefused(await PostRawAsync(Host, Body, authorization: null));
    }

    [Fact]
    public async Task Request_Should_Return401_When_TheAuthorizationIsNotBearer()
    {
        AssertRefused(await PostRawAsync(Host, Body, "Basic " + Convert.ToBase64String("gateway:secret"u8.ToArray())));
    }

    [Fact]
    public async Task Request_Should_Return401_When_TheTokenIsSignedByAnotherKey()
    {
        AssertRefused(await PostRawAsync(Host, Body, "Bearer " + ForgedTokens.SignedByAnotherKey(Service, AccessModule.ModuleName, Body)));
    }

    [Fact]
    public async Task Request_Should_Return401_When_TheTokenIsForAnotherSubgraph()
    {
        AssertRefused(await PostRawAsync(Host, Body, "Bearer " + TestGatewayKeys.Mint(Service, "welfare", System.Text.Encoding.UTF8.GetBytes(Body))));
    }

    [Fact]
    public async Task Request_Should_Return401_When_TheTokenHasExpired()
    {
        var token = ForgedTokens.IssuedAt(DateTimeOffset.UtcNow.AddMinutes(-5), Service, AccessModule.ModuleName, Body);

        AssertRefused(await PostRawAsync(Host, Body, "Bearer " + token));
    }

    [Fact]
    public async Task Request_Should_Return401_When_TheTokenIsNotValidYet()
    {
        var token = ForgedTokens.IssuedAt(DateTimeOffset.UtcNow.AddMinutes(5), Service, AccessModule.ModuleName, Body);

        AssertRefused(await PostRawAsync(Host, Body, "Bearer " + token));
    }

    [Fact]
    public async Task Request_Should_Return401_When_TheTokenIsUnsigned()
    {
        AssertRefused(await PostRawAsync(Host, Body, "Bearer " + ForgedTokens.WithoutSignature(Service, AccessModule.ModuleName, Body)));
    }

    [Fact]
    public async Task Request_Should_Return401_When_TheTokenHasTheTypeOfAnOrdinaryJwt()
    {
        AssertRefused(await PostRawAsync(Host, Body, "Bearer " + ForgedTokens.OrdinaryJwt(Service, AccessModule.ModuleName, Body)));
    }

    [Fact]
    public async Task Request_Should_Return401_When_TheBodyIsNotTheOneTheTokenWasMintedFor()
    {
        var token = Host.MintToken(Service, JsonSerializer.Serialize(new { query = "{ bulletin }" }));

        AssertRefused(await PostRawAsync(Host, Body, "Bearer " + token));
    }

    [Fact]
    public async Task Request_Should_Return401_When_TheTokenIsReplayed()
    {
        var token = "Bearer " + Host.MintToken(Service, Body);

        var first = await PostRawAsync(Host, Body, token);
        var replay = await PostRawAsync(Host, Body, token);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(AccessQuery.Bulletin, first.Json.GetProperty("data").GetProperty("bulletin").GetString());
        AssertRefused(replay);
    }

    [Fact]
    public async Task Get_Should_Execute_When_TheTokenIsBoundToTheRawQueryString()
    {
        var query = "?query=" + Uri.EscapeDataString("{ bulletin }");

        var response = await GetAsync(query, Host.MintToken(Service, query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(AccessQuery.Bulletin, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Should_Return401_When_TheTokenIsBoundToAnotherQueryString()
    {
        var query = "?query=" + Uri.EscapeDataString($"{{ citizen(fiscalCode: \"{AccessData.Stranger}\") {{ income }} }}");

        var response = await GetAsync(query, Host.MintToken(Service, "?query=" + Uri.EscapeDataString("{ bulletin }")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("5762", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Caller_Should_ReachTheResolvers_When_TheTokenIsValid()
    {
        var caller = TestCallers.Citizen(AccessData.Parent);

        var response = await PostAsAsync(Host, caller, new { query = "{ whoAmI }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal($"citizen/{AccessData.Parent}/{caller.RequestId}", response.Json.GetProperty("data").GetProperty("whoAmI").GetString());
    }

    [Fact]
    public async Task Health_Should_StayOpen_When_TheRequestHasNoToken()
    {
        using var client = Host.CreateClient(caller: null);

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task ServiceSdl_Should_BeServed_When_AnAnonymousCallerAsksThroughTheGateway()
    {
        var response = await PostAsAsync(Host, TestCallers.Anonymous(), new { query = "{ _service { sdl } }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("type Citizen", response.Json.GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetAsync(string query, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Host.GraphQLEndpoint + query));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        return await Host.HttpClient.SendAsync(request);
    }

    private static void AssertRefused(GraphQLHttpResponse response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("Bearer error=\"invalid_token\"", response.Message.Headers.WwwAuthenticate.ToString());
        Assert.Equal(ErrorCodes.Unauthenticated, SingleError(response.Json).Code());
        Assert.False(response.Json.TryGetProperty("data", out _), response.Body);
        Assert.DoesNotContain("Sara", response.Body, StringComparison.Ordinal);
    }
}
