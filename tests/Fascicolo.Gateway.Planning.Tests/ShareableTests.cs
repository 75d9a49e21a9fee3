using Fascicolo.Gateway.Planning.Tests.Support;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Planning.Tests;

public class ShareableTests
{
    private static readonly string Sdl = Supergraphs.Join("a, b, c", """
        type Query @join__type(graph: A) @join__type(graph: B) @join__type(graph: C) {
          products: [Product] @join__field(graph: A)
        }

        type Product @join__type(graph: A, key: "id") @join__type(graph: B, key: "id") @join__type(graph: C, key: "id") {
          id: ID!
          name: String @join__field(graph: A) @join__field(graph: B)
          weight: Int @join__field(graph: B) @join__field(graph: C)
          stock: Int @join__field(graph: B)
        }
        """);

    [Fact]
    public void Plan_Should_StayInTheCurrentSubgraph_When_AShareableFieldIsResolvableThere()
    {
        var plan = Plans.Plan(Sdl, "{ products { id name } }");

        Assert.Equal("{ products { id name } }", Assert.Single(plan.Fetches()).Document);
    }

    [Fact]
    public void Plan_Should_JoinTheFetchAlreadyNeeded_When_AShareableFieldIsElsewhere()
    {
        // weight is in b and c, stock only in b: both in one fetch to b, whatever the order.
        var plan = Plans.Plan(Sdl, "{ products { weight stock } }");

        Assert.Equal(["a", "b"], plan.Subgraphs());
        Assert.EndsWith("{ ... on Product { stock weight } } }", plan.Fetches()[1].Document, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Should_FetchEachFieldOnce_When_SeveralSubgraphsResolveIt()
    {
        var plan = Plans.Plan(Sdl, "{ products { name weight } }");

        Assert.Equal(["a", "b"], plan.Subgraphs());
        Assert.DoesNotContain("name", plan.Fetches()[1].Document, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Should_MoveAShareableSubtreeIntoAnEntityFetch_When_ThatSavesAFetch()
    {
        // "related" is local to a, but its "price" would then need a second fetch to b at a deeper
        // path; resolving "related" in the fetch to b that "price" needs anyway makes two fetches, not three.
        var plan = Plans.Plan(RelatedSdl, "{ products { price related { price } } }");

        Assert.Equal(["a", "b"], plan.Subgraphs());
        Assert.EndsWith("{ ... on Product { price related { price } } } }", plan.Fetches()[1].Document, StringComparison.Ordinal);
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_StayLocal_When_MovingTheSubtreeSavesNothing()
    {
        var plan = Plans.Plan(RelatedSdl, "{ products { related { id } } }");

        Assert.Equal("{ products { related { id } } }", Assert.Single(plan.Fetches()).Document);
    }

    private static readonly string RelatedSdl = Supergraphs.Join("a, b", """
        type Query @join__type(graph: A) @join__type(graph: B) {
          products: [Product] @join__field(graph: A)
        }

        type Product @join__type(graph: A, key: "id") @join__type(graph: B, key: "id") {
          id: ID!
          related: [Product]
          price(currency: String = "EUR"): Int @join__field(graph: B)
        }
        """);
}
