using Fascicolo.Gateway.Planning.Tests.Support;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Planning.Tests;

public class FragmentTests
{
    [Fact]
    public void Plan_Should_InlineNamedInlineAndNestedFragments_When_TheyApplyToTheType()
    {
        const string Query = """
            query Products($first: Int = 3) {
              topProducts(first: $first) {
                ... on Product { name ...Reviews }
                ...Price
              }
            }

            fragment Price on Product { price ... { upc } }

            fragment Reviews on Product { reviews { ... on Review { body } } }
            """;

        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, Query);

        var fetches = plan.Fetches();
        Assert.Equal("query Products__products__0($first: Int = 3) { topProducts(first: $first) { __typename name upc price } }", fetches[0].Document);
        Assert.Equal(["first"], fetches[0].Variables);
        Assert.Empty(fetches[1].Variables);
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_MergeFieldsSelectedTwice_When_FragmentsOverlap()
    {
        const string Query = """
            { me { ...A ...B } }
            fragment A on User { name reviews { body } }
            fragment B on User { name reviews { id } }
            """;

        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, Query);

        Assert.Equal(["accounts", "reviews"], plan.Subgraphs());
        Assert.EndsWith("{ ... on User { reviews { body id } } } }", plan.Fetches()[1].Document, StringComparison.Ordinal);
        var reviews = plan.Shape.FieldsFor("Query")[0].Selection!.FieldsFor("User")[1];
        Assert.Equal(["body", "id"], reviews.Selection!.FieldsFor("Review").Select(f => f.ResponseKey));
    }

    [Fact]
    public void Plan_Should_ForwardOnlyTheVariablesAFetchUses_When_SeveralFetchesExist()
    {
        const string Query = """
            query ($n: Int = 5, $unused: String) { topProducts(first: $n) { name } me { name } }
            """;

        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, Query);

        var fetches = plan.Fetches().OrderBy(f => f.Subgraph, StringComparer.Ordinal).ToList();
        Assert.Equal("{ me { name } }", fetches[0].Document);
        Assert.Empty(fetches[0].Variables);
        Assert.Equal("query($n: Int = 5) { topProducts(first: $n) { name } }", fetches[1].Document);
        Assert.Equal(["n"], fetches[1].Variables);
    }

    [Fact]
    public void Plan_Should_DeclareVariablesInTheEntityFetch_When_AHoppedFieldUsesThem()
    {
        var sdl = Supergraphs.Join("a, b", """
            type Query @join__type(graph: A) @join__type(graph: B) {
              products: [Product] @join__field(graph: A)
            }

            type Product @join__type(graph: A, key: "id") @join__type(graph: B, key: "id") {
              id: ID!
              price(currency: String = "EUR"): Int @join__field(graph: B)
            }
            """);

        var plan = Plans.Plan(sdl, """query Prices($c: String = "USD") { products { price(currency: $c) eur: price } }""");

        var hop = plan.Fetches()[1];
        Assert.Equal(["c"], hop.Variables);
        Assert.Equal(
            """query Prices__b__1($representations: [_Any!]!, $c: String = "USD") { _entities(representations: $representations) { ... on Product { price(currency: $c) eur: price } } }""",
            hop.Document);
    }
}
