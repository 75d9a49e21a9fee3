using Fascicolo.Gateway.Planning.Tests.Support;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Planning.Tests;

public class ProvidesTests
{
    private static readonly string Sdl = Supergraphs.Join("accounts, reviews", """
        type Query @join__type(graph: ACCOUNTS) @join__type(graph: REVIEWS) {
          me: User @join__field(graph: ACCOUNTS)
          reviews: [Review] @join__field(graph: REVIEWS)
        }

        type User @join__type(graph: ACCOUNTS, key: "id") @join__type(graph: REVIEWS, key: "id") {
          id: ID!
          name: String @join__field(graph: ACCOUNTS)
          username: String @join__field(graph: ACCOUNTS) @join__field(graph: REVIEWS, external: true)
        }

        type Review @join__type(graph: REVIEWS, key: "id") {
          id: ID!
          author: User @join__field(graph: REVIEWS, provides: "username")
          editor: User
        }
        """);

    [Fact]
    public void Plan_Should_ResolveTheProvidedField_When_ThePathGoesThroughTheProvidingField()
    {
        var plan = Plans.Plan(Sdl, "{ reviews { author { username } } }");

        Assert.Equal("{ reviews { author { username } } }", Assert.Single(plan.Fetches()).Document);
    }

    [Fact]
    public void Plan_Should_HopForTheExternalField_When_ThePathDoesNotProvideIt()
    {
        var plan = Plans.Plan(Sdl, "{ reviews { author { username } editor { username } } }");

        Assert.Equal(["reviews", "accounts"], plan.Subgraphs());
        var hop = Assert.IsType<FlattenNode>(Assert.IsType<SequenceNode>(plan.Root).Nodes[1]);
        Assert.Equal("reviews.@.editor", hop.Path.ToString());
        Assert.Equal("{ reviews { author { username } editor { __typename id } } }", plan.Fetches()[0].Document);
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_HopOnlyForWhatIsNotProvided_When_SomeFieldsAreProvided()
    {
        var plan = Plans.Plan(Sdl, "{ reviews { author { username name } } }");

        Assert.Equal(["reviews", "accounts"], plan.Subgraphs());
        Assert.EndsWith("{ ... on User { name } } }", plan.Fetches()[1].Document, StringComparison.Ordinal);
    }
}
