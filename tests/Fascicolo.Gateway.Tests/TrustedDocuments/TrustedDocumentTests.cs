using System.Net;
using Fascicolo.Gateway.Tests.Limits;
using Fascicolo.Gateway.Tests.RateLimiting;
using Fascicolo.Gateway.TrustedDocuments;
using Microsoft.Extensions.DependencyInjection;

namespace Fascicolo.Gateway.Tests.TrustedDocuments;

/// <summary>
/// Trusted documents over HTTP, with the store in memory and in Redis: <c>documentId</c> and Apollo's
/// persisted queries, <c>trusted-only</c> and <c>allow-all</c> clients, and no subgraph request for a refused document.
/// </summary>
public sealed class TrustedDocumentTests(TrustedDocumentTests.Fixture fixture) : IClassFixture<TrustedDocumentTests.Fixture>
{
    private const string TrustedClient = "shop-app";
    private static readonly Dictionary<string, string> AsShopApp = new() { [TrustedDocumentResolver.ClientHeader] = TrustedClient };

    public static TheoryData<bool> Stores => new() { false, true };

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task DocumentId_Should_RunTheTrustedDocument_When_TheClientIsTrustedOnly(bool redis)
    {
        var answer = await Shop(redis).PostAsync(new { documentId = "sha256:" + fixture.ProductsHash }, AsShopApp);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Chair", answer.Body.GetProperty("data").GetProperty("products")[0].GetProperty("name").GetString());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task ApolloHash_Should_RunTheTrustedDocument_When_SentWithoutTheQuery(bool redis)
    {
        var answer = await Shop(redis).PostAsync(new { extensions = Apollo(fixture.ProductsHash) }, AsShopApp);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.HasData);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task DocumentId_Should_CarryTheVariables_When_TheDocumentDeclaresSome(bool redis)
    {
        var answer = await Shop(redis).PostAsync(new { documentId = "sha256:" + fixture.PageHash, variables = new { n = 1 } }, AsShopApp);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(2, answer.Body.GetProperty("data").GetProperty("products").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task DocumentId_Should_BeRefusedWithPersistedQueryNotFound_When_NoTrustedDocumentHasIt(bool redis)
    {
        var unknown = TrustedDocumentManifest.Hash("{ products { id } }");

        var answer = await RefusedAsync(redis, new { documentId = "sha256:" + unknown }, AsShopApp);

        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], answer.Codes);
        Assert.Equal($"No trusted document of client 'shop-app' has the id sha256:{unknown}.", answer.Messages[0]);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task DocumentId_Should_BeRefused_When_ItIsAnotherClientsDocument(bool redis)
    {
        var answer = await RefusedAsync(redis, new { documentId = "sha256:" + fixture.StockHash }, AsShopApp);

        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], answer.Codes);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task FreeText_Should_BeRefusedWithDocumentNotTrusted_When_TheClientIsTrustedOnly(bool redis)
    {
        var answer = await RefusedAsync(redis, new { query = "{ products { id name color } }" }, AsShopApp);

        Assert.Equal(["DOCUMENT_NOT_TRUSTED"], answer.Codes);
        Assert.Equal("Only trusted documents are accepted from client 'shop-app', and this document is not one of them.", answer.Messages[0]);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task FreeText_Should_Run_When_ItIsExactlyATrustedDocumentOfTheClient(bool redis)
    {
        var answer = await Shop(redis).PostAsync(new { query = Fixture.Products }, AsShopApp);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task TextAndHash_Should_BeRefused_When_TheTextIsNotTrustedEvenIfTheHashMatches(bool redis)
    {
        const string Query = "{ products { id color } }";

        var answer = await RefusedAsync(redis, new { query = Query, extensions = Apollo(TrustedDocumentManifest.Hash(Query)) }, AsShopApp);

        Assert.Equal(["DOCUMENT_NOT_TRUSTED"], answer.Codes);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task DocumentId_Should_RunAnyKnownDocument_When_TheClientIsAllowAll(bool redis)
    {
        var answer = await Shop(redis).PostAsync(new { documentId = "sha256:" + fixture.StockHash });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(7, answer.Body.GetProperty("data").GetProperty("products")[0].GetProperty("inStock").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task ApolloPersistedQuery_Should_RegisterTheDocument_When_AnAllowAllClientSendsTextAndHash(bool redis)
    {
        // A text no other test sends, so the first attempt cannot find it registered.
        var query = $"query Registered{(redis ? "InRedis" : "InMemory")} {{ products {{ id }} }}";
        var hash = TrustedDocumentManifest.Hash(query);

        var unknown = await RefusedAsync(redis, new { extensions = Apollo(hash) }, null);
        var registered = await Shop(redis).PostAsync(new { query, extensions = Apollo(hash) });
        var byHash = await Shop(redis).PostAsync(new { extensions = Apollo(hash) });

        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], unknown.Codes);
        Assert.Equal("PersistedQueryNotFound", unknown.Messages[0]);
        Assert.Equal(HttpStatusCode.OK, registered.Status);
        Assert.Equal(HttpStatusCode.OK, byHash.Status);
        Assert.True(byHash.HasData);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task TextAndHash_Should_BeRefusedWithBadRequest_When_TheHashIsNotTheTexts(bool redis)
    {
        var answer = await RefusedAsync(redis, new { query = "{ products { id } }", extensions = Apollo(fixture.ProductsHash) }, null);

        Assert.Equal(["BAD_REQUEST"], answer.Codes);
        Assert.Equal("provided sha does not match query", answer.Messages[0]);
    }

    [Theory]
    [InlineData("""{"documentId":"md5:0123"}""", "The 'documentId' parameter must be 'sha256:' followed by the 64 hex digits of the document's SHA-256.")]
    [InlineData("""{"documentId":42}""", "The 'documentId' parameter must be a string.")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"00"}}}""", "Unsupported persisted query version")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"xyz"}}}""", "The 'persistedQuery' extension's 'sha256Hash' must be the 64 hex digits of the document's SHA-256.")]
    [InlineData("""{"extensions":{"persistedQuery":"abc"}}""", "The 'persistedQuery' extension must be an object.")]
    [InlineData("""{"operationName":"Products"}""", "The 'query' parameter is required, unless a trusted document is named by 'documentId'.")]
    public async Task Request_Should_BeRefusedWithBadRequest_When_TheReferenceIsMalformed(string body, string message)
    {
        var before = fixture.Memory.SubgraphRequests;

        using var response = await fixture.Memory.Gateway.PostRawAsync(body);
        var answer = await Answer.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(["BAD_REQUEST"], answer.Codes);
        Assert.Equal(message, answer.Messages[0]);
        Assert.Equal(before, fixture.Memory.SubgraphRequests);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Get_Should_RunTheTrustedDocument_When_ItNamesADocumentId(bool redis)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?documentId=sha256:" + fixture.ProductsHash);
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        request.Headers.TryAddWithoutValidation(TrustedDocumentResolver.ClientHeader, TrustedClient);

        using var response = await Shop(redis).Gateway.Client.SendAsync(request);
        var answer = await Answer.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.HasData);
    }

    [Fact]
    public async Task Manifest_Should_BeInRedis_When_TheGatewayHasStarted()
    {
        using var redis = await TestRedis.ConnectAsync();
        var database = redis.GetDatabase();

        var trusted = await database.HashGetAsync(fixture.RedisPrefix + "trusted:shop-app", fixture.ProductsHash);
        var known = await database.StringGetAsync(fixture.RedisPrefix + "document:" + fixture.StockHash);
        var otherClient = await database.HashGetAsync(fixture.RedisPrefix + "trusted:shop-app", fixture.StockHash);

        Assert.Equal(Fixture.Products, (string?)trusted);
        Assert.Equal(Fixture.Stock, (string?)known);
        Assert.True(otherClient.IsNull);
    }

    [Fact]
    public async Task Replica_Should_FindTrustedAndRegisteredDocumentsInRedis_When_ItWasDeployedWithoutThem()
    {
        // A replica started without a manifest: only the shared store can answer it.
        await using var replica = await ShopGateway.StartAsync(new Dictionary<string, string?>(TestRedis.Settings(fixture.RedisPrefix))
        {
            ["Gateway:TrustedDocuments:Manifest"] = Path.Combine(fixture.Folder, "no-such-manifest.json"),
            ["Gateway:TrustedDocuments:Clients:shop-app:Mode"] = "trusted-only",
        });
        const string Query = "query RegisteredOnTheFirstNode { products { name } }";
        var hash = TrustedDocumentManifest.Hash(Query);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Redis.PostAsync(new { query = Query, extensions = Apollo(hash) })).Status);

        var trusted = await replica.PostAsync(new { documentId = "sha256:" + fixture.ProductsHash }, AsShopApp);
        var registered = await replica.PostAsync(new { extensions = Apollo(hash) });

        Assert.Equal(HttpStatusCode.OK, trusted.Status);
        Assert.Equal(HttpStatusCode.OK, registered.Status);
    }

    private ShopGateway Shop(bool redis) => redis ? fixture.Redis : fixture.Memory;

    private static object Apollo(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    /// <summary>Sends a request that must be refused: 4xx, no data, no subgraph request.</summary>
    private async Task<Answer> RefusedAsync(bool redis, object body, IReadOnlyDictionary<string, string>? headers)
    {
        var shop = Shop(redis);
        var before = shop.SubgraphRequests;
        var answer = await shop.PostAsync(body, headers);
        Assert.True(answer.Status == HttpStatusCode.BadRequest, answer.ToString());
        Assert.False(answer.HasData);
        Assert.Equal(before, shop.SubgraphRequests);
        return answer;
    }

    /// <summary>
    /// Two shop gateways (store in memory, store in Redis) with a manifest of two clients: <c>shop-app</c>
    /// (trusted-only) and <c>back-office</c> (allow-all, like every unnamed client).
    /// </summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public const string Products = "query Products {\n  products { id name }\n}\n";
        public const string Page = "query Page($n: Int) {\n  products(first: $n) { id }\n}\n";
        public const string Stock = "query Stock {\n  products { id inStock }\n}\n";

        private ShopGateway? _memory;
        private ShopGateway? _redis;

        public string Folder { get; } = Directory.CreateTempSubdirectory("trusted-documents-").FullName;

        public string RedisPrefix { get; } = TestRedis.UniquePrefix();

        public string ProductsHash { get; } = TrustedDocumentManifest.Hash(Products);

        public string PageHash { get; } = TrustedDocumentManifest.Hash(Page);

        public string StockHash { get; } = TrustedDocumentManifest.Hash(Stock);

        internal ShopGateway Memory => _memory ?? throw new InvalidOperationException("Not started.");

        internal ShopGateway Redis => _redis ?? throw new InvalidOperationException("Not started.");

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(Path.Combine(Folder, "shop-app"));
            Directory.CreateDirectory(Path.Combine(Folder, "back-office"));
            await File.WriteAllTextAsync(Path.Combine(Folder, "shop-app", "Products.graphql"), Products);
            await File.WriteAllTextAsync(Path.Combine(Folder, "shop-app", "Page.graphql"), Page);
            await File.WriteAllTextAsync(Path.Combine(Folder, "back-office", "Stock.graphql"), Stock);
            var manifest = Path.Combine(Folder, "manifest.json");
            await File.WriteAllTextAsync(manifest, TrustedDocumentManifest.FromDirectory(Folder).ToJson());
            var settings = new Dictionary<string, string?>
            {
                ["Gateway:TrustedDocuments:Manifest"] = manifest,
                ["Gateway:TrustedDocuments:Clients:shop-app:Mode"] = "trusted-only",
                ["Gateway:TrustedDocuments:Clients:back-office:Mode"] = "allow-all",
            };
            _memory = await ShopGateway.StartAsync(settings);
            _redis = await ShopGateway.StartAsync(new Dictionary<string, string?>(settings.Concat(TestRedis.Settings(RedisPrefix))));
            await _redis.Gateway.App.Services.GetRequiredService<TrustedDocumentLoader>().Loaded.WaitAsync(TimeSpan.FromSeconds(30));
        }

        public async Task DisposeAsync()
        {
            foreach (var shop in new[] { _memory, _redis })
            {
                if (shop is not null)
                {
                    await shop.DisposeAsync();
                }
            }

            Directory.Delete(Folder, recursive: true);
        }
    }
}
