using Fascicolo.Gateway.Planning.Tests.Support;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Planning.Tests;

public class KeyChainTests
{
    private static readonly string Sdl = Supergraphs.Join("a, b, c", """
        type Query @join__type(graph: A) @join__type(graph: B) @join__type(graph: C) {
          items: [Item] @join__field(graph: A)
        }

        type Item @join__type(graph: A, key: "id") @join__type(graph: B, key: "id") @join__type(graph: B, key: "sku") @join__type(graph: C, key: "sku") {
          id: ID! @join__field(graph: A) @join__field(graph: B)
          sku: String! @join__field(graph: B) @join__field(graph: C)
          stock: Int @join__field(graph: C)
        }
        """);

    [Fact]
    public void Plan_Should_FetchTheTargetKeyFromAnotherSubgraphFirst_When_TheCurrentOneCannotProvideIt()
    {
        // a knows only "id"; c is entered by "sku", which b resolves from "id".
        var plan = Plans.Plan(Sdl, "{ items { stock } }");

        Assert.Equal(["a", "b", "c"], plan.Subgraphs());
        Assert.Equal("sku", Assert.Single(plan.Fetches()[2].Representation![0].Fields).Name);
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }
}
