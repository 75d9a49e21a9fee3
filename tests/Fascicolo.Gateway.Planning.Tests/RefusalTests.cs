using Fascicolo.Gateway.Planning.Tests.Support;
using Snapshooter.Xunit;
using static Fascicolo.Gateway.Planning.Tests.Support.Plans;

namespace Fascicolo.Gateway.Planning.Tests;

/// <summary>
/// Fields a host refuses to one request: never fetched for the client, marked in the shape for the
/// executor to write null and the refusal's error; keys and requirements the plan needs still fetched.
/// </summary>
public class RefusalTests
{
    [Fact]
    public void Plan_Should_DropTheEntityFetch_When_ItWouldOnlyServeRefusedFields()
    {
        var plan = Plan(BenchmarkSupergraph.Sdl, "{ me { name reviews { body } } }", Refusing("User.reviews"));

        Assert.Equal("{ me { name } }", Assert.Single(plan.Fetches()).Document);
        var reviews = plan.Shape.FieldsFor("Query")[0].Selection!.FieldsFor("User")[1];
        Assert.Equal(new FieldRefusal("Not for you.", "FORBIDDEN", "TEST"), reviews.Refusal);
        Assert.Null(reviews.Selection);
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_LeaveTheRefusedFieldOutOfAnEntityFetch_When_ItsSiblingsStillNeedThatFetch()
    {
        var plan = Plan(BenchmarkSupergraph.Sdl, "{ topProducts { name inStock shippingEstimate } }", Refusing("Product.inStock"));

        Assert.Equal(["products", "inventory"], plan.Subgraphs());
        Assert.EndsWith("{ ... on Product { shippingEstimate } } }", plan.Fetches()[1].Document, StringComparison.Ordinal);
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_StillFetchRequiredFields_When_TheClientMayNotSeeThem()
    {
        var plan = Plan(BenchmarkSupergraph.Sdl, "{ topProducts { price shippingEstimate } }", Refusing("Product.price", "Product.weight"));

        Assert.Equal(["products", "inventory"], plan.Subgraphs());
        Assert.Equal("{ topProducts { __typename upc price weight } }", plan.Fetches()[0].Document);
        Assert.Equal(["upc", "price", "weight"], plan.Fetches()[1].Representation![0].Fields.Select(f => f.Name));
        var fields = plan.Shape.FieldsFor("Query")[0].Selection!.FieldsFor("Product");
        Assert.Equal([true, false], fields.Select(f => f.Refusal is not null));
    }

    [Fact]
    public void Plan_Should_StillFetchTheKey_When_TheClientMayNotSeeTheKeyField()
    {
        var plan = Plan(BenchmarkSupergraph.Sdl, "{ me { id reviews { body } } }", Refusing("User.id"));

        Assert.Equal(["accounts", "reviews"], plan.Subgraphs());
        Assert.Equal("{ me { __typename id } }", plan.Fetches()[0].Document);
        Assert.NotNull(plan.Shape.FieldsFor("Query")[0].Selection!.FieldsFor("User")[0].Refusal);
    }

    [Fact]
    public void Plan_Should_KeepTheParentWithOnlyTypename_When_EveryFieldBelowItIsRefused()
    {
        // The parent is still fetched: whether it is null or an object decides what the client sees.
        var plan = Plan(BenchmarkSupergraph.Sdl, "{ me { name reviews { body } } }", Refusing("User.name", "User.reviews"));

        Assert.Equal("{ me { __typename } }", Assert.Single(plan.Fetches()).Document);
    }

    [Fact]
    public void Plan_Should_DropARootFetch_When_ItsRootFieldsAreRefused()
    {
        var plan = Plan(BenchmarkSupergraph.Sdl, "{ me { name } topProducts { name } }", Refusing("Query.me"));

        Assert.Equal(["products"], plan.Subgraphs());
        Assert.NotNull(plan.Shape.FieldsFor("Query")[0].Refusal);
    }

    [Fact]
    public void Plan_Should_NeedNoFetch_When_EveryRootFieldIsRefused()
    {
        var plan = Plan(BenchmarkSupergraph.Sdl, "{ __typename me { name } }", Refusing("Query.me"));

        Assert.Null(plan.Root);
        Assert.True(plan.Shape.HasRefusedFields);
    }

    [Fact]
    public void Plan_Should_NotRunARefusedMutationField_When_OthersRemain()
    {
        var sdl = Supergraphs.Join("a, b", """
            type Query @join__type(graph: A) { x: Int }
            type Mutation @join__type(graph: A) @join__type(graph: B) {
              first: Int @join__field(graph: A)
              second: Int @join__field(graph: B)
              third: Int @join__field(graph: A)
            }
            """);

        var plan = Plan(sdl, "mutation { first second third }", Refusing("Mutation.second"));

        // Without second, first and third are consecutive fields of one subgraph: one fetch.
        Assert.Equal("mutation { first third }", Assert.Single(plan.Fetches()).Document);
    }

    [Fact]
    public void Plan_Should_RefuseEveryAlias_When_TheFieldIsSelectedUnderSeveralResponseKeys()
    {
        var plan = Plan(BenchmarkSupergraph.Sdl, "{ me { a: name id b: name } }", Refusing("User.name"));

        Assert.Equal("{ me { id } }", Assert.Single(plan.Fetches()).Document);
        var fields = plan.Shape.FieldsFor("Query")[0].Selection!.FieldsFor("User");
        Assert.Equal(["a", "id", "b"], fields.Select(f => f.ResponseKey));
        Assert.Equal([true, false, true], fields.Select(f => f.Refusal is not null));
    }

    [Fact]
    public void Plan_Should_RefuseInsideNamedFragments_When_TheyAreSpread()
    {
        var plan = Plan(BenchmarkSupergraph.Sdl, BenchmarkSupergraph.Query, Refusing("Review.body", "User.username"));

        Assert.DoesNotContain(plan.Fetches(), f => f.Document.Contains("body", StringComparison.Ordinal) || f.Document.Contains("username", StringComparison.Ordinal));
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_DropTheHopForNestedLists_When_TheHoppedFieldIsRefused()
    {
        var plan = Plan(CatalogSupergraph.Sdl, "{ matrix { title rating } }", Refusing("Book.rating"));

        Assert.Equal("{ matrix { title } }", Assert.Single(plan.Fetches()).Document);
    }

    [Fact]
    public void Plan_Should_RefuseOnEveryImplementation_When_AnInterfaceFieldIsRefused()
    {
        var plan = Plan(CatalogSupergraph.Sdl, "{ media { id title } }", Refusing("Media.title"));

        Assert.Equal("{ media { __typename id } }", Assert.Single(plan.Fetches()).Document);
        var media = plan.Shape.FieldsFor("Query")[0].Selection!;
        Assert.All(media.RuntimeTypes, type => Assert.NotNull(media.FieldsFor(type)[1].Refusal));
    }

    [Fact]
    public void Plan_Should_FetchTheFieldForTheOtherTypesOnly_When_OneImplementationRefusesIt()
    {
        // Podcast.title would need the podcasts subgraph: refused, that fetch disappears.
        var plan = Plan(CatalogSupergraph.Sdl, "{ media { id title } }", Refusing("Podcast.title"));

        Assert.Equal("{ media { __typename id ... on Book { title } ... on Movie { title } } }", Assert.Single(plan.Fetches()).Document);
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_RefuseAnObjectField_When_ItIsSelectedThroughAnInterfaceFragment()
    {
        var plan = Plan(CatalogSupergraph.Sdl, """{ node(id: "1") { id ... on Media { title } } }""", Refusing("Book.title"));

        // Podcast.title still comes from podcasts; Book's is fetched from nowhere.
        Assert.Equal(["catalog", "podcasts"], plan.Subgraphs());
        Assert.Equal("""{ node(id: "1") { __typename id ... on Movie { title } } }""", plan.Fetches()[0].Document);
        var node = plan.Shape.FieldsFor("Query")[0].Selection!;
        Assert.NotNull(node.FieldsFor("Book")[1].Refusal);
        Assert.Null(node.FieldsFor("Movie")[1].Refusal);
        Assert.Null(node.FieldsFor("Podcast")[1].Refusal);
    }

    [Fact]
    public void Plan_Should_MergeWithTheClientsFragment_When_TheSplitFieldIsAlsoSelectedThere()
    {
        var plan = Plan(CatalogSupergraph.Sdl, """{ search(text: "x") { ... on Book { title pages } ... on Movie { duration } ... on Node { ... on Media { title } } } }""", Refusing("Movie.title"));

        Assert.Equal("""{ search(text: "x") { __typename ... on Book { title pages } ... on Movie { duration } } }""", Assert.Single(plan.Fetches()).Document);
    }

    [Fact]
    public void Plan_Should_NeverRefuseTypename_When_EveryOtherFieldOfTheTypeIsRefused()
    {
        var plan = Plan(CatalogSupergraph.Sdl, """{ search(text: "x") { __typename ... on Book { title } } }""", Refusing("Book.title", "Book.id", "Book.pages", "Book.rating"));

        var book = plan.Shape.FieldsFor("Query")[0].Selection!.FieldsFor("Book");
        Assert.Equal([false, true], book.Select(f => f.Refusal is not null));
        Assert.Equal("""{ search(text: "x") { __typename } }""", Assert.Single(plan.Fetches()).Document);
    }

    [Fact]
    public void Plan_Should_EqualThePlanWithoutRefusals_When_TheOperationSelectsNoRefusedField()
    {
        const string Query = "{ topProducts { name reviews { body } } }";

        var plan = Plan(BenchmarkSupergraph.Sdl, Query, Refusing("Query.users", "User.reviews"));

        Assert.False(plan.Shape.HasRefusedFields);
        Assert.Equal(QueryPlanPrinter.Print(Plans.Plan(BenchmarkSupergraph.Sdl, Query)), QueryPlanPrinter.Print(plan));
    }

    [Fact]
    public void Plan_Should_LearnTheRuntimeType_When_AnInterfaceObjectAnswersAFieldOneImplementationRefuses()
    {
        var plan = Plan(InterfaceObjectSupergraph.Sdl, "{ topRated { id rating } }", Refusing("Book.rating"));

        // ratings answers the interface: media names the implementation, then ratings serves Movies only.
        Assert.Equal(["ratings", "media", "ratings"], plan.Subgraphs());
        Assert.Equal("{ topRated { __typename id } }", plan.Fetches()[0].Document);
        Assert.Equal(["Movie"], Assert.Single(plan.Fetches()[2].Representation!).AppliesTo);
        var topRated = plan.Shape.FieldsFor("Query")[0].Selection!;
        Assert.NotNull(topRated.FieldsFor("Book")[1].Refusal);
        Assert.Null(topRated.FieldsFor("Movie")[1].Refusal);

        // Where the implementation stays unknown, the object may be a Book: refused.
        Assert.NotNull(topRated.FieldsFor("Media")[1].Refusal);
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }
}
