using System.Net;
using System.Text.RegularExpressions;
using Fascicolo.Gateway.Tests.Support;

namespace Fascicolo.Gateway.Tests;

public sealed partial class GraphiQLTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task Get_Should_ServeGraphiQLFromTheGateway_When_ABrowserAsksForHtml()
    {
        var page = await GetAsync("/graphql", BrowserAccept, "text/html");

        Assert.Contains("<div id=\"graphiql\">", page, StringComparison.Ordinal);
        var assets = AssetReference().Matches(page).Select(m => m.Groups["url"].Value).ToList();
        Assert.Equal(["/graphiql/graphiql.css", "/graphiql/graphiql.js"], assets.Order(StringComparer.Ordinal));
        Assert.Contains("graphiql", await GetAsync("/graphiql/graphiql.js", "*/*", "text/javascript"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(".graphiql-container", await GetAsync("/graphiql/graphiql.css", "*/*", "text/css"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bundle_Should_LoadNothingFromOtherOrigins_When_Served()
    {
        var script = await GetAsync("/graphiql/graphiql.js", "*/*", "text/javascript");
        var style = await GetAsync("/graphiql/graphiql.css", "*/*", "text/css");

        Assert.DoesNotMatch(ExternalImport(), style);
        Assert.DoesNotContain("unpkg.com", script, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.jsdelivr.net", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Should_AnswerGraphQL_When_TheClientAsksForJson()
    {
        using var response = await shop.Gateway.Client.GetAsync("/graphql?query=%7B__typename%7D");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Asset_Should_Answer304_When_TheETagMatches()
    {
        using var first = await shop.Gateway.Client.GetAsync("/graphiql/graphiql.css");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/graphiql/graphiql.css");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await shop.Gateway.Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Asset_Should_Answer404_When_TheFileIsUnknown()
    {
        using var response = await shop.Gateway.Client.GetAsync("/graphiql/missing.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> GetAsync(string path, string accept, string mediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        using var response = await shop.Gateway.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("""(?:src|href)="(?<url>[^"]+)""")]
    private static partial Regex AssetReference();

    [GeneratedRegex("""(@import|url\()\s*["']?(https?:)?//""")]
    private static partial Regex ExternalImport();
}
