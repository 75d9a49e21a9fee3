using Fascicolo.Gateway.Planning.Tests.Support;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Planning.Tests;

public class InaccessibleTests
{
    [Fact]
    public void Plan_Should_UseAnInaccessibleKeyField_When_EnteringAnotherSubgraph()
    {
        var sdl = Supergraphs.Join(
            "a, b",
            """
            type Query @join__type(graph: A) @join__type(graph: B) {
              things: [Thing] @join__field(graph: A)
            }

            type Thing @join__type(graph: A, key: "secret") @join__type(graph: B, key: "secret") {
              secret: ID! @inaccessible
              name: String @join__field(graph: A)
              extra: String @join__field(graph: B)
            }
            """,
            """@link(url: "https://specs.apollo.dev/inaccessible/v0.2", for: SECURITY)""");

        var plan = Plans.Plan(sdl, "{ things { name extra } }");

        Assert.Equal("{ things { __typename name secret } }", plan.Fetches()[0].Document);
        Assert.Equal("secret", Assert.Single(plan.Fetches()[1].Representation![0].Fields).Name);
        Assert.Equal(["name", "extra"], plan.Shape.FieldsFor("Query")[0].Selection!.FieldsFor("Thing").Select(f => f.ResponseKey));
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }
}
