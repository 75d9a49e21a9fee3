using Fascicolo.Gateway.Planning.Tests.Support;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Planning.Tests;

public class EntityHopTests
{
    [Fact]
    public void Plan_Should_FetchTheKeyAndHop_When_FieldIsInAnotherSubgraph()
    {
        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, "{ me { name reviews { body } } }");

        var fetches = plan.Fetches();
        Assert.Equal(["accounts", "reviews"], fetches.ConvertAll(f => f.Subgraph));
        Assert.Equal("{ me { __typename name id } }", fetches[0].Document);
        Assert.Equal("query($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { reviews { body } } } }", fetches[1].Document);
        var representation = Assert.Single(fetches[1].Representation!);
        Assert.Equal(["User"], representation.AppliesTo);
        Assert.Equal(new RepresentationField("id", "id", null, IsKey: true), Assert.Single(representation.Fields));
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_PutAllFieldsOfOneSubgraphAtOnePathInOneFetch_When_SeveralFieldsHop()
    {
        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, "{ topProducts { name inStock reviews { id } shippingEstimate } }");

        Assert.Equal(["products", "inventory", "reviews"], plan.Subgraphs());
        Assert.Contains("... on Product { inStock shippingEstimate }", plan.Fetches()[1].Document, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Should_ReturnToTheFirstSubgraph_When_ChainGoesAToBToA()
    {
        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, "{ me { reviews { author { name } } } }");

        Assert.Equal(["accounts", "reviews", "accounts"], plan.Subgraphs());
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_ChainThreeSubgraphs_When_EachHopLeadsFurther()
    {
        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, "{ users { reviews { product { name } } } }");

        Assert.Equal(["accounts", "reviews", "products"], plan.Subgraphs());
        var last = Assert.IsType<FlattenNode>(Assert.IsType<SequenceNode>(plan.Root).Nodes[2]);
        Assert.Equal("users.@.reviews.@.product", last.Path.ToString());
    }

    [Fact]
    public void Plan_Should_RunSiblingHopsInParallel_When_TheyOnlyNeedTheRootFetch()
    {
        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, "{ topProducts { inStock reviews { body } } }");

        var sequence = Assert.IsType<SequenceNode>(plan.Root);
        var parallel = Assert.IsType<ParallelNode>(sequence.Nodes[1]);
        Assert.Equal(2, parallel.Nodes.Count);
    }
}
