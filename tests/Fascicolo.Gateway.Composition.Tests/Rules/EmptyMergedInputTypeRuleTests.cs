using static Fascicolo.Gateway.Composition.Tests.Support.RuleAssert;

namespace Fascicolo.Gateway.Composition.Tests.Rules;

public sealed class EmptyMergedInputTypeRuleTests
{
    [Fact]
    public void Compose_Should_IntersectInputFields_When_SubgraphsDiffer()
    {
        var supergraph = AssertValid("""type Query { a(p: P): Int } input P { x: Int y: Int }""", """type Query { b(p: P): Int } input P { y: Int z: Int }""");
        Assert.Equal(["y"], supergraph.Types["P"].InputFields.Select(f => f.Name));
    }

    [Fact]
    public void Compose_Should_ReportEmptyMergedInputType_When_NoFieldIsCommon() =>
        AssertInvalid("EMPTY_MERGED_INPUT_TYPE", """type Query { a(p: P): Int } input P { x: Int }""", """type Query { b(p: P): Int } input P { z: Int }""");
}
