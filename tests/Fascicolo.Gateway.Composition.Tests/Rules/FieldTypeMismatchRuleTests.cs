using static Fascicolo.Gateway.Composition.Tests.Support.RuleAssert;

namespace Fascicolo.Gateway.Composition.Tests.Rules;

public sealed class FieldTypeMismatchRuleTests
{
    [Fact]
    public void Compose_Should_TakeNullableType_When_NullabilityDiffers()
    {
        var supergraph = AssertValid("""type Query { t: T } type T @shareable { n: Int! }""", """type T @shareable { n: Int }""");

        Assert.Equal("Int", TypeReferences.Print(supergraph.Types["T"].GetField("n")!.Type));
        Assert.Equal("Int!", supergraph.Types["T"].GetField("n")!.SourceIn("a")!.TypeInSubgraph);
    }

    [Fact]
    public void Compose_Should_ReportFieldTypeMismatch_When_NamedTypesDiffer()
    {
        var error = AssertInvalid("FIELD_TYPE_MISMATCH", """type Query { t: T } type T @shareable { n: Int }""", """type T @shareable { n: String }""");
        Assert.Equal("T.n", error.Coordinate);
    }

    [Fact]
    public void Compose_Should_ReportFieldTypeMismatch_When_InputFieldListShapeDiffers() =>
        AssertInvalid("FIELD_TYPE_MISMATCH", """type Query { t(i: I): Int } input I { n: [Int] }""", """type Query { u(i: I): Int } input I { n: Int }""");

    [Fact]
    public void Compose_Should_TakeTheInterface_When_AnotherSubgraphReturnsAnImplementation()
    {
        var supergraph = AssertValid(
            """type Query { t: T } interface I { id: ID! } type B implements I @key(fields: "id") { id: ID! } type T @key(fields: "id") { id: ID! f: I @shareable }""",
            """type B @key(fields: "id") { id: ID! } type T @key(fields: "id") { id: ID! f: B! @shareable }""");

        var field = supergraph.Types["T"].GetField("f")!;
        Assert.Equal("I", TypeReferences.Print(field.Type));
        Assert.Null(field.SourceIn("a")!.TypeInSubgraph);
        Assert.Equal("B!", field.SourceIn("b")!.TypeInSubgraph);
    }

    [Fact]
    public void Compose_Should_TakeTheUnion_When_AnotherSubgraphReturnsAMember()
    {
        var supergraph = AssertValid(
            """type Query { t: T } union U = B | C type B @key(fields: "id") { id: ID! } type C { id: ID! } type T @key(fields: "id") { id: ID! f: [U] @shareable }""",
            """type B @key(fields: "id") { id: ID! } type T @key(fields: "id") { id: ID! f: [B] @shareable }""");

        Assert.Equal("[U]", TypeReferences.Print(supergraph.Types["T"].GetField("f")!.Type));
    }

    [Fact]
    public void Compose_Should_ReportFieldTypeMismatch_When_NeitherTypeIsASubtypeOfTheOther() =>
        AssertInvalid(
            "FIELD_TYPE_MISMATCH",
            """type Query { t: T } interface I { id: ID! } type B implements I { id: ID! } type C { id: ID! } type T @key(fields: "id") { id: ID! f: B @shareable }""",
            """type C { id: ID! } type T @key(fields: "id") { id: ID! f: C @shareable }""");
}
