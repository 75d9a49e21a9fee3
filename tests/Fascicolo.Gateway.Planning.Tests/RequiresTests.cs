using Fascicolo.Gateway.Planning.Tests.Support;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Planning.Tests;

public class RequiresTests
{
    [Fact]
    public void Plan_Should_ReadRequiredFieldsFromTheParentFetch_When_ItResolvesThem()
    {
        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, "{ topProducts { shippingEstimate } }");

        var fetches = plan.Fetches();
        Assert.Equal(["products", "inventory"], fetches.ConvertAll(f => f.Subgraph));
        Assert.Equal("{ topProducts { __typename upc price weight } }", fetches[0].Document);
        Assert.Equal(["upc", "price", "weight"], fetches[1].Representation![0].Fields.Select(f => f.Name));
    }

    [Fact]
    public void Plan_Should_FetchRequiredFieldsFromAThirdSubgraphFirst_When_TheParentCannotResolveThem()
    {
        // reviews returns the product (upc only); price and weight come from products before inventory runs.
        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, "{ me { reviews { product { shippingEstimate } } } }");

        Assert.Equal(["accounts", "reviews", "products", "inventory"], plan.Subgraphs());
        Assert.IsType<SequenceNode>(plan.Root);
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_ShareTheRequirementFetch_When_TheClientAlsoSelectsTheRequiredFields()
    {
        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, "{ me { reviews { product { price shippingEstimate } } } }");

        Assert.Equal(["accounts", "reviews", "products", "inventory"], plan.Subgraphs());
        Assert.EndsWith("{ ... on Product { price weight } } }", plan.Fetches()[2].Document, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Should_WaitForEveryRequirementFetch_When_RequiredFieldsComeFromTwoSubgraphs()
    {
        var sdl = Supergraphs.Join("a, b, c, d", """
            type Query @join__type(graph: A) @join__type(graph: B) @join__type(graph: C) @join__type(graph: D) {
              items: [Item] @join__field(graph: A)
            }

            type Item @join__type(graph: A, key: "id") @join__type(graph: B, key: "id") @join__type(graph: C, key: "id") @join__type(graph: D, key: "id") {
              id: ID!
              x: Int @join__field(graph: B) @join__field(graph: D, external: true)
              y: Int @join__field(graph: C) @join__field(graph: D, external: true)
              z: Int @join__field(graph: D, requires: "x y")
            }
            """);

        var plan = Plans.Plan(sdl, "{ items { z } }");

        // a, then b and c side by side, then d once both have merged.
        var sequence = Assert.IsType<SequenceNode>(plan.Root);
        Assert.Equal(3, sequence.Nodes.Count);
        Assert.Equal(2, Assert.IsType<ParallelNode>(sequence.Nodes[1]).Nodes.Count);
        Assert.Equal("d", Assert.IsType<FlattenNode>(sequence.Nodes[2]).Fetch.Subgraph);
        Assert.Equal(["id", "x", "y"], plan.Fetches()[3].Representation![0].Fields.Select(f => f.Name));
    }
}
