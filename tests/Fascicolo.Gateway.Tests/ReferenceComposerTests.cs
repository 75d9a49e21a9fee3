using Fascicolo.Gateway.Tests.Support;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Tests;

/// <summary>The gateway serves supergraphs printed by either reference composer, with the same API schema and answers.</summary>
public sealed class ReferenceComposerTests
{
    [Fact]
    public async Task Gateway_Should_ServeTheSameGraph_When_TheSupergraphComesFromApolloOrTheGuild()
    {
        await using var products = await StubSubgraph.StartAsync(_ => ShopFixture.Catalogue);
        await using var inventory = await StubSubgraph.StartAsync(ShopFixture.Stock);
        var urls = new Dictionary<string, string?>
        {
            ["Gateway:Subgraphs:products"] = products.Url.ToString(),
            ["Gateway:Subgraphs:inventory"] = inventory.Url.ToString(),
        };
        await using var guild = await GatewayHost.StartAsync(TestData.ShopSupergraph, urls);
        await using var apollo = await GatewayHost.StartAsync(TestData.ShopApolloSupergraph, urls);

        Assert.Equal(await IntrospectedSdlAsync(guild), await IntrospectedSdlAsync(apollo));
        using var fromGuild = await guild.QueryAsync("{ products { id name color inStock } }");
        using var fromApollo = await apollo.QueryAsync("{ products { id name color inStock } }");
        Assert.Equal(fromGuild.RootElement.GetRawText(), fromApollo.RootElement.GetRawText());
        Assert.Contains("\"inStock\":7", fromApollo.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<string> IntrospectedSdlAsync(GatewayHost gateway)
    {
        using var response = await gateway.QueryAsync(IntrospectionSdl.Query);
        return IntrospectionSdl.Print(response.RootElement.GetProperty("data").GetProperty("__schema"));
    }
}
