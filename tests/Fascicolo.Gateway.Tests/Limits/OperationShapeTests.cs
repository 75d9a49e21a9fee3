using Fascicolo.Gateway.Limits;
using GraphQLParser;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Tests.Limits;

/// <summary>Depth, aliases and root fields of an operation, fragments expanded.</summary>
public sealed class OperationShapeTests
{
    [Fact]
    public void Depth_Should_CountTheDeepestField_When_FragmentsAreSpreadAndInlined()
    {
        var shape = Measure("""
            { a { b { ...F } } x }
            fragment F on T { c { ... on U { d { e } } } }
            """);

        // a(1) b(2) c(3) d(4) e(5): fragments add no level of their own.
        Assert.Equal(5, shape.Depth);
    }

    [Fact]
    public void Depth_Should_NotCountOfType_When_InsideIntrospection()
    {
        var shape = Measure("""
            { __schema { types { fields { type { ...TypeRef } } } } }
            fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { name } } } } }
            """);

        // __schema(1) types(2) fields(3) type(4) kind(5): the unwrapping chain of ofType is bounded by the schema.
        Assert.Equal(5, shape.Depth);
    }

    [Fact]
    public void Depth_Should_CountEveryLevel_When_IntrospectionFansOutThroughTypes()
    {
        var shape = Measure("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }");

        Assert.Equal(8, shape.Depth);
    }

    [Fact]
    public void Depth_Should_CountOfType_When_OutsideIntrospection()
    {
        Assert.Equal(3, Measure("{ ofType { ofType { name } } }").Depth);
    }

    [Fact]
    public void Aliases_Should_CountAFragmentEachTimeItIsSpread_When_ItHoldsAliases()
    {
        var shape = Measure("""
            { one: a { ...F } two: a { ...F } plain { ...F } }
            fragment F on T { x: b y: c d }
            """);

        // one, two, and x and y in each of the three spreads.
        Assert.Equal(8, shape.Aliases);
    }

    [Fact]
    public void Aliases_Should_StopAtTheLargestCount_When_FragmentsDoubleSeventyTimes()
    {
        var fragments = string.Join('\n', Enumerable.Range(1, 70).Select(i => $"fragment F{i} on T {{ ...F{i - 1} ...F{i - 1} }}"));
        var shape = Measure($"{{ ...F70 }}\nfragment F0 on T {{ x: a }}\n{fragments}");

        // 2^70 aliases: the count saturates instead of wrapping round to a small number.
        Assert.Equal(long.MaxValue, shape.Aliases);
    }

    [Fact]
    public void RootFields_Should_CountThroughFragments_When_TypenameIsLeftOut()
    {
        var shape = Measure("""
            { a b: a __typename ... on Query { c } ...R }
            fragment R on Query { d e { f g } }
            """);

        Assert.Equal(5, shape.RootFields);
    }

    [Fact]
    public void Measure_Should_Finish_When_FragmentsSpreadEachOtherInACycle()
    {
        var shape = Measure("""
            { a { ...F } }
            fragment F on T { b { ...G } }
            fragment G on T { c x: d { ...F } }
            """);

        // The cycle is walked once: a(1) b(2) d(3), and F is not entered again below d.
        Assert.Equal(3, shape.Depth);
        Assert.Equal(1, shape.Aliases);
    }

    private static OperationShape Measure(string text)
    {
        var document = Parser.Parse(text);
        return OperationShape.Measure(document, document.Definitions.OfType<GraphQLOperationDefinition>().Single());
    }
}
