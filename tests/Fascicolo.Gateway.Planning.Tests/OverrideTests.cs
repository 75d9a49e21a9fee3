using Fascicolo.Gateway.Planning.Tests.Support;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Planning.Tests;

public class OverrideTests
{
    [Fact]
    public void Plan_Should_FetchFromTheOverridingSubgraph_When_AFieldWasOverridden()
    {
        var sdl = Supergraphs.Join("a, b", """
            type Query @join__type(graph: A) @join__type(graph: B) {
              products: [Product] @join__field(graph: A)
            }

            type Product @join__type(graph: A, key: "id") @join__type(graph: B, key: "id") {
              id: ID!
              name: String @join__field(graph: A)
              price: Int @join__field(graph: B, override: "a")
            }
            """);

        var plan = Plans.Plan(sdl, "{ products { name price } }");

        Assert.Equal(["a", "b"], plan.Subgraphs());
        Assert.EndsWith("{ ... on Product { price } } }", plan.Fetches()[1].Document, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Should_NotFetchFromTheOverriddenSubgraph_When_ItStillUsesTheField()
    {
        var sdl = Supergraphs.Join("a, b", """
            type Query @join__type(graph: A) @join__type(graph: B) {
              products: [Product] @join__field(graph: A)
            }

            type Product @join__type(graph: A, key: "id") @join__type(graph: B, key: "id") {
              id: ID!
              price: Int @join__field(graph: A, usedOverridden: true) @join__field(graph: B, override: "a")
              total: Int @join__field(graph: A, requires: "price")
            }
            """);

        var plan = Plans.Plan(sdl, "{ products { price } }");

        Assert.Equal(["a", "b"], plan.Subgraphs());

        // For its own @requires, a gets the value from b, which owns the field now.
        var requiring = Plans.Plan(sdl, "{ products { total } }");
        Assert.Equal(["a", "b", "a"], requiring.Subgraphs());
        Assert.Equal("{ products { __typename id } }", requiring.Fetches()[0].Document);
        QueryPlanPrinter.Print(requiring).MatchSnapshot();
    }
}
