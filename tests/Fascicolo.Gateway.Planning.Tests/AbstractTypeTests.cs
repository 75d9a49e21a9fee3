using Fascicolo.Gateway.Planning.Tests.Support;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Planning.Tests;

public class AbstractTypeTests
{
    [Fact]
    public void Plan_Should_KeepUnionFragmentsInOneFetch_When_OneSubgraphResolvesThem()
    {
        var plan = Plans.Plan(CatalogSupergraph.Sdl, """{ search(text: "x") { ... on Book { title pages } ... on Movie { title duration } } }""");

        var fetch = Assert.Single(plan.Fetches());
        Assert.Equal("""{ search(text: "x") { __typename ... on Book { title pages } ... on Movie { title duration } } }""", fetch.Document);
    }

    [Fact]
    public void Plan_Should_SelectFieldsOnTheInterface_When_OneSubgraphResolvesThemForEveryType()
    {
        var plan = Plans.Plan(CatalogSupergraph.Sdl, """{ node(id: "1") { id ... on Book { title } } }""");

        var fetch = Assert.Single(plan.Fetches());
        Assert.Equal("""{ node(id: "1") { __typename id ... on Book { title } } }""", fetch.Document);
    }

    [Fact]
    public void Plan_Should_MergeTypesIntoOneEntityFetch_When_FragmentsAtOnePathNeedTheSameSubgraph()
    {
        var plan = Plans.Plan(CatalogSupergraph.Sdl, """{ search(text: "x") { ... on Book { title rating } ... on Movie { rating } } }""");

        Assert.Equal(["catalog", "ratings"], plan.Subgraphs());
        var flatten = Assert.IsType<FlattenNode>(Assert.IsType<SequenceNode>(plan.Root).Nodes[1]);
        Assert.Equal("search.@.|[Book,Movie]", flatten.Path.ToString());
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_SplitAnInterfaceFieldPerType_When_OneImplementationResolvesItElsewhere()
    {
        // Podcast.title is external in catalog: it alone goes to podcasts, the others stay on catalog.
        var plan = Plans.Plan(CatalogSupergraph.Sdl, "{ media { id title } }");

        Assert.Equal(["catalog", "podcasts"], plan.Subgraphs());
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_WriteOneListSegmentPerLevel_When_EntitiesAreInNestedLists()
    {
        var plan = Plans.Plan(CatalogSupergraph.Sdl, "{ matrix { title rating } }");

        var flatten = Assert.IsType<FlattenNode>(Assert.IsType<SequenceNode>(plan.Root).Nodes[1]);
        Assert.Equal("matrix.@.@", flatten.Path.ToString());
        Assert.Equal("{ matrix { __typename title id } }", plan.Fetches()[0].Document);
    }

    [Fact]
    public void Plan_Should_DropFragmentsTheSubgraphCannotReturn_When_TypeIsNotAMemberThere()
    {
        // Podcast is a Node but not a SearchResult: that fragment can never apply; the Node one can.
        var plan = Plans.Plan(CatalogSupergraph.Sdl, """{ search(text: "x") { ... on Node { id } ... on Podcast { title } } }""");

        Assert.Equal("""{ search(text: "x") { __typename ... on Node { id } } }""", Assert.Single(plan.Fetches()).Document);
    }
}
