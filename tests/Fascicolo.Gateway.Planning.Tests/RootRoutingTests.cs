using Fascicolo.Gateway.Planning.Tests.Support;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Planning.Tests;

public class RootRoutingTests
{
    private static readonly string Sdl = Supergraphs.Join("a, b", """
        type Query @join__type(graph: A) @join__type(graph: B) {
          a1: String @join__field(graph: A)
          a2: String @join__field(graph: A)
          shared: Thing
          b1: String @join__field(graph: B)
        }

        type Thing @join__type(graph: A, key: "id") @join__type(graph: B, key: "id") {
          id: ID!
          name: String
          extra: String @join__field(graph: B)
        }
        """);

    [Fact]
    public void Plan_Should_UseOneFetch_When_RootFieldsBelongToOneSubgraph()
    {
        var plan = Plans.Plan(Sdl, "{ a1 a2 }");

        var fetch = Assert.IsType<FetchNode>(plan.Root);
        Assert.Equal("a", fetch.Subgraph);
        Assert.Equal("{ a1 a2 }", fetch.Document);
        Assert.Null(fetch.Representation);
    }

    [Fact]
    public void Plan_Should_RunRootFetchesInParallel_When_RootFieldsBelongToTwoSubgraphs()
    {
        var plan = Plans.Plan(Sdl, "{ a1 b1 a2 }");

        var parallel = Assert.IsType<ParallelNode>(plan.Root);
        Assert.Equal(["{ a1 a2 }", "{ b1 }"], parallel.Nodes.Cast<FetchNode>().Select(f => f.Document));
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_JoinTheExistingRootFetch_When_RootFieldIsShareable()
    {
        Assert.Equal(["a"], Plans.Plan(Sdl, "{ a1 shared { id name } }").Subgraphs());
        Assert.Equal(["b"], Plans.Plan(Sdl, "{ shared { id name } b1 }").Subgraphs());
    }

    [Fact]
    public void Plan_Should_PickTheSubgraphResolvingTheWholeSubtree_When_RootFieldIsShareable()
    {
        // From a, "extra" would need an entity fetch to b; from b the whole subtree is one fetch.
        var plan = Plans.Plan(Sdl, "{ shared { name extra } }");

        var fetch = Assert.Single(plan.Fetches());
        Assert.Equal("b", fetch.Subgraph);
        Assert.Equal("{ shared { name extra } }", fetch.Document);
    }

    [Fact]
    public void Plan_Should_MakeNoFetch_When_OnlyTypenameIsSelected()
    {
        var plan = Plans.Plan(Sdl, "{ __typename t: __typename }");

        Assert.Null(plan.Root);
        Assert.Equal(["__typename", "t"], plan.Shape.FieldsFor("Query").Select(f => f.ResponseKey));
    }
}
