using Fascicolo.Gateway.Planning.Tests.Support;

namespace Fascicolo.Gateway.Planning.Tests;

public class RequiresWithArgumentsTests
{
    private static readonly string Sdl = Supergraphs.Join("products, shipping", """
        type Query @join__type(graph: PRODUCTS) @join__type(graph: SHIPPING) {
          products: [Product] @join__field(graph: PRODUCTS)
        }

        type Product @join__type(graph: PRODUCTS, key: "id") @join__type(graph: SHIPPING, key: "id") {
          id: ID!
          weightIn(unit: String!): Int @join__field(graph: PRODUCTS) @join__field(graph: SHIPPING, external: true)
          freightKg: String @join__field(graph: SHIPPING, requires: "weightIn(unit: \"kg\")")
          freightLb: String @join__field(graph: SHIPPING, requires: "weightIn(unit: \"lb\")")
        }
        """);

    [Fact]
    public void Plan_Should_GiveEachRequirementItsOwnEntityFetch_When_TheyNeedOneFieldWithDifferentArguments()
    {
        var plan = Plans.Plan(Sdl, "{ products { freightKg freightLb } }");

        // One products fetch reads both values (one aliased); a representation holds one weightIn, so two shipping fetches.
        var fetches = plan.Fetches();
        Assert.Equal(["products", "shipping", "shipping"], fetches.ConvertAll(f => f.Subgraph));
        Assert.Equal(2, fetches[0].Document.Split("weightIn(unit:").Length - 1);
        var keys = fetches.Skip(1).Select(f => f.Representation![0].Fields.Single(r => r.Name == "weightIn").ResponseKey).ToList();
        Assert.Equal(2, keys.Distinct().Count());
    }

    [Fact]
    public void Plan_Should_ShareOneEntityFetch_When_RequirementsAgreeOnTheArguments()
    {
        var plan = Plans.Plan(Sdl, "{ products { a: freightKg b: freightKg } }");

        Assert.Equal(["products", "shipping"], plan.Fetches().ConvertAll(f => f.Subgraph));
    }
}
