using Fascicolo.Gateway.Planning.Tests.Support;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Planning.Tests;

public class NestedRequiresTests
{
    private static readonly string Sdl = Supergraphs.Join("a, b", """
        type Query @join__type(graph: A) @join__type(graph: B) {
          products: [Product] @join__field(graph: A)
        }

        type Product @join__type(graph: A, key: "id") @join__type(graph: B, key: "id") {
          id: ID!
          dimensions: Dimensions @join__field(graph: A) @join__field(graph: B, external: true)
          shipping: Int @join__field(graph: B, requires: "dimensions{weight}")
        }

        type Dimensions @join__type(graph: A) @join__type(graph: B) {
          size: Int
          weight: Int
        }
        """);

    [Fact]
    public void Plan_Should_SendTheNestedSelection_When_RequiresSelectsACompositeField()
    {
        var plan = Plans.Plan(Sdl, "{ products { shipping } }");

        var fetches = plan.Fetches();
        Assert.Equal("{ products { __typename id dimensions { weight } } }", fetches[0].Document);
        Assert.Equal(
            """[{"Name":"id","ResponseKey":"id","Selection":null,"IsKey":true,"AppliesTo":null},{"Name":"dimensions","ResponseKey":"dimensions","Selection":[{"Name":"weight","ResponseKey":"weight","Selection":null,"IsKey":false,"AppliesTo":null}],"IsKey":false,"AppliesTo":null}]""",
            System.Text.Json.JsonSerializer.Serialize(fetches[1].Representation![0].Fields));
    }

    [Fact]
    public void Plan_Should_AliasANestedRequiredField_When_TheClientUsesItsNameInside()
    {
        var plan = Plans.Plan(Sdl, "{ products { dimensions { weight: size } shipping } }");

        var fetches = plan.Fetches();
        Assert.Equal("{ products { __typename dimensions { weight: size __fk0_weight: weight } id } }", fetches[0].Document);
        var dimensions = fetches[1].Representation![0].Fields[1];
        Assert.Equal(new RepresentationField("weight", "__fk0_weight", null), Assert.Single(dimensions.Selection!));
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }
}
