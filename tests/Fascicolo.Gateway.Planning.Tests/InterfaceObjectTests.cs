using Fascicolo.Gateway.Planning.Tests.Support;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Planning.Tests;

/// <summary>
/// <c>@interfaceObject</c>: ratings and reviews add fields to the entity interface Media, which only
/// media implements. Entity fetches into them name the interface in the representations.
/// </summary>
public class InterfaceObjectTests
{
    private static readonly string Sdl = Supergraphs.Join("media,ratings,reviews", """
        type Query @join__type(graph: MEDIA) @join__type(graph: RATINGS) @join__type(graph: REVIEWS) {
          media: [Media!]! @join__field(graph: MEDIA)
          search: [SearchResult!]! @join__field(graph: MEDIA)
          topRated: [Media!]! @join__field(graph: RATINGS)
        }
        interface Media @join__type(graph: MEDIA, key: "id") @join__type(graph: RATINGS, key: "id", isInterfaceObject: true) @join__type(graph: REVIEWS, key: "id", isInterfaceObject: true) {
          id: ID!
          title: String! @join__field(graph: MEDIA) @join__field(graph: REVIEWS, external: true)
          rating: Int! @join__field(graph: RATINGS)
          blurb: String! @join__field(graph: REVIEWS, requires: "title")
        }
        type Book implements Media @join__type(graph: MEDIA, key: "id") @join__implements(graph: MEDIA, interface: "Media") {
          id: ID!
          title: String! @join__field(graph: MEDIA)
          author: String! @join__field(graph: MEDIA)
          rating: Int! @join__field
          blurb: String! @join__field
        }
        type Movie implements Media @join__type(graph: MEDIA, key: "id") @join__implements(graph: MEDIA, interface: "Media") {
          id: ID!
          title: String! @join__field(graph: MEDIA)
          rating: Int! @join__field
          blurb: String! @join__field
        }
        union SearchResult @join__type(graph: MEDIA) @join__unionMember(graph: MEDIA, member: "Book") @join__unionMember(graph: MEDIA, member: "Movie") = Book | Movie
        """);

    [Fact]
    public void Plan_Should_EnterTheInterfaceObjectOnceWithTheInterfaceName_When_AnInterfaceFieldComesFromIt()
    {
        var plan = Plans.Plan(Sdl, "{ media { title rating } }");

        var fetches = plan.Fetches();
        Assert.Equal(["media", "ratings"], fetches.ConvertAll(f => f.Subgraph));
        Assert.EndsWith("{ ... on Media { rating } } }", fetches[1].Document, StringComparison.Ordinal);
        Assert.All(fetches[1].Representation!, r => Assert.Equal("Media", r.Typename));
        Assert.Equal(["Book", "Movie"], fetches[1].Representation!.SelectMany(r => r.AppliesTo).Order(StringComparer.Ordinal));
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_SendTheRequiredFieldToTheInterfaceObject_When_ItRequiresOne()
    {
        var plan = Plans.Plan(Sdl, "{ media { blurb } }");

        var fetches = plan.Fetches();
        Assert.Equal(["media", "reviews"], fetches.ConvertAll(f => f.Subgraph));
        Assert.Equal(["id", "title"], fetches[1].Representation![0].Fields.Select(f => f.Name));
    }

    [Fact]
    public void Plan_Should_EnterTheInterfaceObjectForTheImplementation_When_TheFieldIsSelectedInAFragment()
    {
        var plan = Plans.Plan(Sdl, "{ search { ... on Book { title rating } } }");

        var fetches = plan.Fetches();
        Assert.Equal(["media", "ratings"], fetches.ConvertAll(f => f.Subgraph));
        var representation = Assert.Single(fetches[1].Representation!);
        Assert.Equal(("Media", "Book"), (representation.Typename, Assert.Single(representation.AppliesTo)));
    }

    [Fact]
    public void Plan_Should_RefuseToPlan_When_SelectionsFollowAFieldReturningAnInterfaceObject()
    {
        // The interface object's subgraph returns no concrete types: answering would need a first
        // fetch of __typename from media, which the planner does not do yet.
        Assert.Throws<QueryPlanningException>(() => Plans.Plan(Sdl, "{ topRated { id rating } }"));
    }
}
