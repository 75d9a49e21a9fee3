using Fascicolo.Gateway.Planning.Tests.Support;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Planning.Tests;

public class TypenameTests
{
    [Fact]
    public void Plan_Should_AnswerTypenameFromTheShape_When_ThePositionIsAnObject()
    {
        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, "{ me { __typename kind: __typename name } }");

        Assert.Equal("{ me { name } }", Assert.Single(plan.Fetches()).Document);
        var fields = plan.Shape.FieldsFor("Query")[0].Selection!.FieldsFor("User");
        Assert.Equal([true, true, false], fields.Select(f => f.IsTypename));
        Assert.Equal("kind", fields[1].ResponseKey);
    }

    [Fact]
    public void Plan_Should_FetchTypename_When_ThePositionIsAbstract()
    {
        var plan = Plans.Plan(CatalogSupergraph.Sdl, """{ search(text: "x") { kind: __typename } node(id: "1") { id } }""");

        Assert.Equal("""{ search(text: "x") { __typename } node(id: "1") { __typename id } }""", Assert.Single(plan.Fetches()).Document);
        var search = plan.Shape.FieldsFor("Query")[0].Selection!;
        Assert.True(search.IsAbstract);
        Assert.Equal(["Book", "Movie"], search.RuntimeTypes.Order(StringComparer.Ordinal));
        Assert.Equal("kind", Assert.Single(search.FieldsFor("Book")).ResponseKey);
        QueryPlanPrinter.Print(plan).MatchSnapshot();
    }

    [Fact]
    public void Plan_Should_KeepIntrospectionOutOfFetches_When_SchemaOrTypeIsSelected()
    {
        var plan = Plans.Plan(BenchmarkSupergraph.Sdl, """{ __schema { queryType { name } } t: __type(name: "User") { name } me { name } }""");

        Assert.Equal("{ me { name } }", Assert.Single(plan.Fetches()).Document);
        var fields = plan.Shape.FieldsFor("Query");
        Assert.Equal(["__schema", "__type", "me"], fields.Select(f => f.FieldName));
        Assert.Equal("t", fields[1].ResponseKey);
        Assert.True(fields[0].Type.NonNull);
        Assert.False(fields[1].Type.NonNull);
    }
}
