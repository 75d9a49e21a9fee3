using Fascicolo.Gateway.Tests.Support;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Tests;

public sealed class IntrospectionTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private GatewayHost Gateway => shop.Gateway;

    [Fact]
    public async Task Introspection_Should_MatchTheApiSchemaSnapshot_When_PrintedAsSdl()
    {
        var sdl = await IntrospectedSdlAsync();

        sdl.MatchSnapshot();
    }

    [Theory]
    [InlineData("_service")]
    [InlineData("_entities")]
    [InlineData("_Any")]
    [InlineData("_Entity")]
    [InlineData("_Service")]
    [InlineData("join__")]
    [InlineData("link__")]
    [InlineData("FieldSet")]
    [InlineData("@join")]
    [InlineData("@link")]
    [InlineData("@inaccessible")]
    [InlineData("@tag")]
    public async Task Introspection_Should_HideFederationPlumbing_When_TheSchemaIsIntrospected(string plumbing)
    {
        var sdl = await IntrospectedSdlAsync();

        Assert.DoesNotContain(plumbing, sdl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("internalReport")]
    [InlineData("supplierCode")]
    [InlineData("PROTOTYPE")]
    [InlineData("AuditEntry")]
    public async Task Introspection_Should_HideInaccessibleElements_When_TheSchemaIsIntrospected(string inaccessible)
    {
        var sdl = await IntrospectedSdlAsync();

        Assert.DoesNotContain(inaccessible, sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typename_Should_BeAnsweredByTheGateway_When_AloneAtTheRoot()
    {
        var before = shop.Products.Requests.Count + shop.Inventory.Requests.Count;

        using var response = await Gateway.QueryAsync("{ __typename t: __typename }");

        Assert.Equal("""{"data":{"__typename":"Query","t":"Query"}}""", response.RootElement.GetRawText());
        Assert.Equal(before, shop.Products.Requests.Count + shop.Inventory.Requests.Count);
    }

    [Fact]
    public async Task Introspection_Should_SitBesideSubgraphData_When_BothAreSelected()
    {
        using var response = await Gateway.QueryAsync("{ products { name } schema: __schema { queryType { name } } __type(name: \"Color\") { enumValues { name } } }");

        Assert.Equal(
            """{"data":{"products":[{"name":"Chair"},{"name":"Table"}],"schema":{"queryType":{"name":"Query"}},"__type":{"enumValues":[{"name":"RED"},{"name":"GREEN"}]}}}""",
            response.RootElement.GetRawText());
    }

    [Fact]
    public async Task Introspection_Should_FollowFragmentsAndVariables_When_TheRootUsesThem()
    {
        const string Query = """
            query($name: String!, $withKind: Boolean!) { ...Root }
            fragment Root on Query { __type(name: $name) { name kind @include(if: $withKind) } }
            """;

        using var withKind = await Gateway.QueryAsync(Query, new { name = "SearchResult", withKind = true });
        using var without = await Gateway.QueryAsync(Query, new { name = "Node", withKind = false });

        Assert.Equal("""{"data":{"__type":{"name":"SearchResult","kind":"UNION"}}}""", withKind.RootElement.GetRawText());
        Assert.Equal("""{"data":{"__type":{"name":"Node"}}}""", without.RootElement.GetRawText());
    }

    [Fact]
    public async Task Introspection_Should_ShowDeprecationAndDefaults_When_TheSchemaHasThem()
    {
        var sdl = await IntrospectedSdlAsync();

        Assert.Contains("legacyName: String @deprecated(reason: \"Use name.\")", sdl, StringComparison.Ordinal);
        Assert.Contains("products(first: Int = 5): [Product!]!", sdl, StringComparison.Ordinal);
        Assert.Contains("scalar Date", sdl, StringComparison.Ordinal);
    }

    private async Task<string> IntrospectedSdlAsync()
    {
        using var response = await Gateway.QueryAsync(IntrospectionSdl.Query);
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return IntrospectionSdl.Print(response.RootElement.GetProperty("data").GetProperty("__schema"));
    }
}
