using System.Net;

namespace Fascicolo.Gateway.Tests.Limits;

/// <summary>
/// Each limit through the gateway's HTTP endpoint, set low on the shop: its own code, HTTP 400 under
/// <c>application/graphql-response+json</c>, a message with the limit and the value, and no request to any subgraph.
/// </summary>
public sealed class LimitsOverHttpTests(LimitsOverHttpTests.Fixture fixture) : IClassFixture<LimitsOverHttpTests.Fixture>
{
    private ShopGateway Shop => fixture.Shop;

    [Fact]
    public async Task Query_Should_Run_When_ItIsWithinEveryLimit()
    {
        var before = Shop.SubgraphRequests;

        var answer = await Shop.QueryAsync("{ products { id name } }");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Chair", answer.Body.GetProperty("data").GetProperty("products")[0].GetProperty("name").GetString());
        Assert.Equal(before + 1, Shop.SubgraphRequests);
    }

    [Fact]
    public async Task Query_Should_BeRefusedWithDepthLimitExceeded_When_FieldsNestTooDeep()
    {
        var answer = await RefusedAsync("{ products { category { name } } }");

        Assert.Equal(["DEPTH_LIMIT_EXCEEDED"], answer.Codes);
        Assert.Equal("The operation nests fields 3 levels deep; the limit is 2 (Gateway:Limits:MaxDepth).", answer.Messages[0]);
    }

    [Fact]
    public async Task Query_Should_BeRefusedWithDepthLimitExceeded_When_TheDepthHidesInAFragment()
    {
        var answer = await RefusedAsync("{ products { ...P } } fragment P on Product { category { name } }");

        Assert.Equal(["DEPTH_LIMIT_EXCEEDED"], answer.Codes);
    }

    [Fact]
    public async Task Query_Should_BeRefusedWithAliasLimitExceeded_When_ItHasTooManyAliases()
    {
        var answer = await RefusedAsync("{ products { a: name b: name c: id d: id } }");

        Assert.Equal(["ALIAS_LIMIT_EXCEEDED"], answer.Codes);
        Assert.Equal("The operation has 4 aliased fields, each fragment counted as often as it is spread; the limit is 3 (Gateway:Limits:MaxAliases).", answer.Messages[0]);
    }

    [Fact]
    public async Task Query_Should_BeRefusedWithRootFieldLimitExceeded_When_ItSelectsTooManyRootFields()
    {
        var answer = await RefusedAsync("""{ a: products(first: 1) { id } b: products(first: 1) { id } c: product(id: "p1") { id } }""");

        Assert.Equal(["ROOT_FIELD_LIMIT_EXCEEDED"], answer.Codes);
        Assert.Equal("The operation selects 3 root fields; the limit is 2 (Gateway:Limits:MaxRootFields).", answer.Messages[0]);
    }

    [Fact]
    public async Task Query_Should_BeRefusedWithCostLimitExceeded_When_AListAsksForTooManyItems()
    {
        var answer = await RefusedAsync("{ products(first: 20) { id name } }");

        Assert.Equal(["COST_LIMIT_EXCEEDED"], answer.Codes);
        Assert.Equal("The operation's estimated cost is 42; the limit is 30 (Gateway:Limits:MaxCost).", answer.Messages[0]);
    }

    [Fact]
    public async Task Query_Should_BeJudgedOnItsVariables_When_TheSliceIsAVariable()
    {
        const string Query = "query Page($n: Int) { products(first: $n) { id name } }";
        var before = Shop.SubgraphRequests;

        var small = await Shop.QueryAsync(Query, new { n = 2 });
        var large = await Shop.QueryAsync(Query, new { n = 50 });

        Assert.Equal(HttpStatusCode.OK, small.Status);
        Assert.Equal(HttpStatusCode.BadRequest, large.Status);
        Assert.Equal(["COST_LIMIT_EXCEEDED"], large.Codes);
        Assert.Equal("The operation's estimated cost is 102; the limit is 30 (Gateway:Limits:MaxCost).", large.Messages[0]);
        Assert.Equal(before + 1, Shop.SubgraphRequests);
    }

    [Fact]
    public async Task Query_Should_ReportEveryLimitItExceeds_When_ItExceedsSeveral()
    {
        var answer = await RefusedAsync("{ products(first: 20) { category { name } } }");

        Assert.Equal(["DEPTH_LIMIT_EXCEEDED", "COST_LIMIT_EXCEEDED"], answer.Codes);
    }

    [Fact]
    public async Task Document_Should_BeRefusedWithTokenLimitExceededBeforeParsing_When_ItHasTooManyTokens()
    {
        // 62 tokens and an unclosed brace: had it been parsed, the answer would be a syntax error.
        var answer = await RefusedAsync("{ products { " + string.Join(' ', Enumerable.Repeat("id", 58)) + " }");

        Assert.Equal(["TOKEN_LIMIT_EXCEEDED"], answer.Codes);
        Assert.Equal("The document has 62 tokens; the limit is 60 (Gateway:Limits:MaxTokens).", answer.Messages[0]);
    }

    [Fact]
    public async Task Document_Should_NotCountComments_When_CountingTokens()
    {
        var answer = await Shop.QueryAsync("# " + new string('x', 1000) + "\n{ products { id } }");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Fact]
    public async Task Body_Should_BeRefusedWithPayloadTooLarge_When_ItIsLargerThanMaxRequestBytes()
    {
        var before = Shop.SubgraphRequests;

        var answer = await Shop.QueryAsync("# " + new string('x', 5000) + "\n{ products { id } }");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Equal(["PAYLOAD_TOO_LARGE"], answer.Codes);
        Assert.Equal(before, Shop.SubgraphRequests);
    }

    [Fact]
    public async Task Refusal_Should_Answer200WithErrors_When_TheClientAcceptsOnlyApplicationJson()
    {
        var before = Shop.SubgraphRequests;

        var answer = await Shop.PostAsync(new { query = "{ products { category { name } } }" }, accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(["DEPTH_LIMIT_EXCEEDED"], answer.Codes);
        Assert.False(answer.HasData);
        Assert.Equal(before, Shop.SubgraphRequests);
    }

    /// <summary>Sends a query that must be refused with 400, no data and no subgraph request.</summary>
    private async Task<Answer> RefusedAsync(string query)
    {
        var before = Shop.SubgraphRequests;
        var answer = await Shop.QueryAsync(query);
        Assert.True(answer.Status == HttpStatusCode.BadRequest, answer.ToString());
        Assert.False(answer.HasData, answer.ToString());
        Assert.Equal(before, Shop.SubgraphRequests);
        return answer;
    }

    public sealed class Fixture : IAsyncLifetime
    {
        private ShopGateway? _shop;

        internal ShopGateway Shop => _shop ?? throw new InvalidOperationException("Not started.");

        public async Task InitializeAsync() => _shop = await ShopGateway.StartAsync(new Dictionary<string, string?>
        {
            ["Gateway:Limits:MaxDepth"] = "2",
            ["Gateway:Limits:MaxAliases"] = "3",
            ["Gateway:Limits:MaxRootFields"] = "2",
            ["Gateway:Limits:MaxTokens"] = "60",
            ["Gateway:Limits:MaxCost"] = "30",
            ["Gateway:MaxRequestBytes"] = "4096",
        });

        public async Task DisposeAsync()
        {
            if (_shop is not null)
            {
                await _shop.DisposeAsync();
            }
        }
    }
}
