using System.Net;
using System.Net.Http.Headers;
using Fascicolo.Gateway.Tests.Limits;
using Fascicolo.Gateway.Tests.Support;

namespace Fascicolo.Gateway.Tests.RateLimiting;

/// <summary>
/// Per-subject rate limits over HTTP, with the counters in memory and in Redis: 429 with <c>Retry-After</c>
/// and <c>RATE_LIMITED</c> past the permits, before any subgraph is called; one budget per subject.
/// </summary>
public sealed class RateLimitTests : IDisposable
{
    private const string Query = "{ products { id } }";
    private const string Citizen = "RPTSRA91B54D969U";
    private const string OtherCitizen = "GHGPLA64A25D969M";

    private readonly TestIdentity _identity = new();

    public static TheoryData<bool> Stores => new() { false, true };

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Request_Should_BeRefusedWith429AndRetryAfter_When_TheSubjectIsOverItsPermits(bool redis)
    {
        await using var shop = await StartAsync(redis, ("Gateway:RateLimit:PermitsPerMinute", "3"));
        var token = Bearer(_identity.Citizen(Citizen));

        var answers = new List<Answer>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await shop.QueryAsync(Query, headers: token));
        }

        Assert.All(answers.Take(3), answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        var refused = answers[3];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(["RATE_LIMITED"], refused.Codes);
        Assert.Equal("Too many requests: a citizen caller may make 3 a minute. Retry in " + RetryAfter(refused.Headers) + " s.", refused.Messages[0]);
        Assert.InRange(RetryAfter(refused.Headers), 1, 60);
        Assert.Equal(3, shop.SubgraphRequests);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Subjects_Should_HaveABudgetEach_When_OneIsOverItsPermits(bool redis)
    {
        await using var shop = await StartAsync(redis, ("Gateway:RateLimit:PermitsPerMinute", "1"));

        var first = await shop.QueryAsync(Query, headers: Bearer(_identity.Citizen(Citizen)));
        var again = await shop.QueryAsync(Query, headers: Bearer(_identity.Citizen(Citizen)));
        var other = await shop.QueryAsync(Query, headers: Bearer(_identity.Citizen(OtherCitizen)));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, again.Status);
        Assert.Equal(HttpStatusCode.OK, other.Status);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Role_Should_HaveItsOwnPermits_When_ItHasAnOverride(bool redis)
    {
        await using var shop = await StartAsync(redis, ("Gateway:RateLimit:PermitsPerMinute", "100"), ("Gateway:RateLimit:Roles:operator", "1"), ("Gateway:RateLimit:Roles:service", "0"));
        var operatorToken = Bearer(_identity.Operator());
        var serviceToken = Bearer(_identity.Service());

        var operatorAnswers = new[] { await shop.QueryAsync(Query, headers: operatorToken), await shop.QueryAsync(Query, headers: operatorToken) };
        var serviceAnswers = new List<Answer>();
        for (var i = 0; i < 5; i++)
        {
            serviceAnswers.Add(await shop.QueryAsync(Query, headers: serviceToken));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests], operatorAnswers.Select(a => a.Status));
        Assert.Equal("Too many requests: an operator caller may make 1 a minute. Retry in " + RetryAfter(operatorAnswers[1].Headers) + " s.", operatorAnswers[1].Messages[0]);
        Assert.All(serviceAnswers, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AnonymousCallers_Should_ShareTheBudgetOfTheirAddress_When_TheyHaveNoToken(bool redis)
    {
        await using var shop = await StartAsync(redis, ("Gateway:RateLimit:PermitsPerMinute", "2"));

        var answers = new List<Answer>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await shop.QueryAsync(Query));
        }

        var signedIn = await shop.QueryAsync(Query, headers: Bearer(_identity.Citizen(Citizen)));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.Status));
        Assert.Equal(HttpStatusCode.OK, signedIn.Status);
    }

    [Fact]
    public async Task Replicas_Should_ShareOneBudget_When_TheyShareRedis()
    {
        var prefix = TestRedis.UniquePrefix();
        await using var first = await StartAsync(prefix, ("Gateway:RateLimit:PermitsPerMinute", "2"));
        await using var second = await StartAsync(prefix, ("Gateway:RateLimit:PermitsPerMinute", "2"));
        var token = Bearer(_identity.Citizen(Citizen));

        var one = await first.QueryAsync(Query, headers: token);
        var two = await second.QueryAsync(Query, headers: token);
        var three = await first.QueryAsync(Query, headers: token);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], new[] { one.Status, two.Status, three.Status });
    }

    [Fact]
    public async Task Requests_Should_NotBeLimited_When_NoPermitsAreConfigured()
    {
        await using var shop = await StartAsync(redis: false);

        var answers = new List<Answer>();
        for (var i = 0; i < 20; i++)
        {
            answers.Add(await shop.QueryAsync(Query));
        }

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
    }

    [Fact]
    public async Task Requests_Should_GoThrough_When_RedisCannotBeReached()
    {
        // Port 9 (discard) on loopback: nothing listens, so every command fails fast.
        await using var shop = await ShopGateway.StartAsync(new Dictionary<string, string?>(_identity.GatewaySettings())
        {
            ["Gateway:RateLimit:PermitsPerMinute"] = "1",
            ["Redis:Configuration"] = "127.0.0.1:9,connectTimeout=200,syncTimeout=200,asyncTimeout=200",
        });

        var first = await shop.QueryAsync(Query);
        var second = await shop.QueryAsync(Query);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
    }

    public void Dispose() => _identity.Dispose();

    private Task<ShopGateway> StartAsync(bool redis, params (string Key, string Value)[] settings) =>
        redis ? StartAsync(TestRedis.UniquePrefix(), settings) : StartWithAsync(new Dictionary<string, string?>(), settings);

    private Task<ShopGateway> StartAsync(string redisPrefix, params (string Key, string Value)[] settings) =>
        StartWithAsync(TestRedis.Settings(redisPrefix), settings);

    private Task<ShopGateway> StartWithAsync(Dictionary<string, string?> store, (string Key, string Value)[] settings)
    {
        var all = _identity.GatewaySettings();
        foreach (var (key, value) in store)
        {
            all[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return ShopGateway.StartAsync(all);
    }

    private static int RetryAfter(HttpResponseHeaders headers) => (int)headers.RetryAfter!.Delta!.Value.TotalSeconds;

    private static Dictionary<string, string> Bearer(string token) => new() { ["Authorization"] = "Bearer " + token };
}
