using Fascicolo.Gateway.Planning.Tests.Support;

namespace Fascicolo.Gateway.Planning.Tests;

/// <summary>A shared field returning the interface in one subgraph and one of its implementations in another.</summary>
public class ChildTypeMismatchTests
{
    private static readonly string Sdl = Supergraphs.Join("catalog, store", """
        type Query @join__type(graph: CATALOG) @join__type(graph: STORE) {
          bestseller: Book @join__field(graph: STORE)
        }

        interface Item @join__type(graph: CATALOG, key: "id") {
          id: ID!
        }

        type Book implements Item @join__implements(graph: CATALOG, interface: "Item") @join__type(graph: CATALOG, key: "id") @join__type(graph: STORE, key: "id") {
          id: ID!
          similar: Item @join__field(graph: CATALOG) @join__field(graph: STORE, type: "Book")
        }
        """);

    [Fact]
    public void Plan_Should_FetchTheTypename_When_TheSubgraphsTypeIsAnObjectAndTheSupergraphsAnInterface()
    {
        var plan = Plans.Plan(Sdl, "{ bestseller { similar { id } } }");

        // store answers it alone; the writer reads the runtime type of the interface position from __typename.
        var fetch = Assert.Single(plan.Fetches());
        Assert.Equal("{ bestseller { similar { __typename id } } }", fetch.Document);
    }
}
