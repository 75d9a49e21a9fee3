using Fascicolo.Gateway.Planning.Tests.Support;

namespace Fascicolo.Gateway.Planning.Tests;

/// <summary>What the representation fields tell the executor: which are key fields, and which apply to some runtime types only.</summary>
public class RepresentationFieldTests
{
    private static readonly string Sdl = Supergraphs.Join("products,shipping", """
        type Query @join__type(graph: PRODUCTS) { products: [Product!]! @join__field(graph: PRODUCTS) }
        type Product @join__type(graph: PRODUCTS, key: "id") @join__type(graph: SHIPPING, key: "id") {
          id: ID!
          details: Details! @join__field(graph: PRODUCTS) @join__field(graph: SHIPPING, external: true)
          handling: String! @join__field(graph: SHIPPING, requires: "details { ... on Fragile { material } }")
        }
        union Details @join__type(graph: PRODUCTS) @join__type(graph: SHIPPING) @join__unionMember(graph: PRODUCTS, member: "Fragile") @join__unionMember(graph: PRODUCTS, member: "Sturdy") @join__unionMember(graph: SHIPPING, member: "Fragile") = Fragile | Sturdy
        type Fragile @join__type(graph: PRODUCTS) @join__type(graph: SHIPPING) {
          material: String! @join__field(graph: PRODUCTS) @join__field(graph: SHIPPING, external: true)
        }
        type Sturdy @join__type(graph: PRODUCTS) { weight: Int! }
        """);

    [Fact]
    public void Plan_Should_MarkKeyFieldsButNotRequiredOnes_When_BuildingARepresentation()
    {
        var fields = Plans.Plan(Sdl, "{ products { handling } }").Fetches()[1].Representation![0].Fields;

        Assert.True(fields.Single(f => f.Name == "id").IsKey);
        Assert.False(fields.Single(f => f.Name == "details").IsKey);
    }

    [Fact]
    public void Plan_Should_LimitARequiredFieldToItsTypeCondition_When_ItIsSelectedInAFragment()
    {
        var details = Plans.Plan(Sdl, "{ products { handling } }").Fetches()[1].Representation![0].Fields.Single(f => f.Name == "details");

        var material = details.Selection!.Single(f => f.Name == "material");
        Assert.Equal(["Fragile"], material.AppliesTo!);
    }
}
