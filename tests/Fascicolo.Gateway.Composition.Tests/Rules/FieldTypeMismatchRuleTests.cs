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
}
