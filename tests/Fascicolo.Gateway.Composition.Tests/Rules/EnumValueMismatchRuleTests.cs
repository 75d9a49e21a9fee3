using static Fascicolo.Gateway.Composition.Tests.Support.RuleAssert;

namespace Fascicolo.Gateway.Composition.Tests.Rules;

public sealed class EnumValueMismatchRuleTests
{
    [Fact]
    public void Compose_Should_UnionValues_When_EnumIsOutputOnly()
    {
        var supergraph = AssertValid("""type Query { e: E } enum E { A B }""", """type Query { f: E } enum E { B C }""");
        Assert.Equal(["A", "B", "C"], supergraph.Types["E"].EnumValues.Select(v => v.Name));
    }

    [Fact]
    public void Compose_Should_IntersectValues_When_EnumIsInputOnly()
    {
        var supergraph = AssertValid("""type Query { e(x: E): Int } enum E { A B }""", """type Query { f(x: E): Int } enum E { B C }""");
        Assert.Equal(["B"], supergraph.Types["E"].EnumValues.Select(v => v.Name));
    }

    [Fact]
    public void Compose_Should_ReportEnumValueMismatch_When_EnumIsInputAndOutputWithDifferentValues()
    {
        var error = AssertInvalid("ENUM_VALUE_MISMATCH", """type Query { e(x: E): E } enum E { A B }""", """type Query { f: E } enum E { A }""");
        Assert.Equal("E.B", error.Coordinate);
    }
}
