using Fascicolo.Gateway.Planning.Tests.Support;

namespace Fascicolo.Gateway.Planning.Tests;

public class ShapeTests
{
    [Fact]
    public void Shape_Should_CarryListsAndNullability_When_TheFieldTypeIsWrapped()
    {
        var plan = Plans.Plan(CatalogSupergraph.Sdl, "{ matrix { id } }");

        var matrix = Assert.Single(plan.Shape.FieldsFor("Query"));
        Assert.Equal(new TypeShape(false, new TypeShape(false, new TypeShape(true, null, "Book"), "Book"), "Book"), matrix.Type);
        Assert.Equal(new TypeShape(true, null, "ID"), Assert.Single(matrix.Selection!.FieldsFor("Book")).Type);
    }

    [Fact]
    public void Shape_Should_CollectFieldsPerRuntimeType_When_ThePositionIsAbstract()
    {
        var plan = Plans.Plan(CatalogSupergraph.Sdl, "{ media { id ... on Book { pages title } ... on Media { title } t: title } }");

        var media = plan.Shape.FieldsFor("Query")[0].Selection!;
        Assert.True(media.IsAbstract);
        Assert.Equal("Media", media.TypeName);
        Assert.Equal(["id", "pages", "title", "t"], media.FieldsFor("Book").Select(f => f.ResponseKey));
        Assert.Equal(["id", "title", "t"], media.FieldsFor("Movie").Select(f => f.ResponseKey));
        Assert.Empty(media.FieldsFor("Unknown"));
    }

    [Fact]
    public void Shape_Should_KeepTheClientOrderAndAliases_When_FieldsArePlannedInAnotherOrder()
    {
        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, "{ topProducts { reviews { body } n: name upc } }");

        var fields = plan.Shape.FieldsFor("Query")[0].Selection!.FieldsFor("Product");
        Assert.Equal(["reviews", "n", "upc"], fields.Select(f => f.ResponseKey));
        Assert.Equal("name", fields[1].FieldName);
    }
}
