using static Fascicolo.Gateway.Composition.Tests.Support.RuleAssert;

namespace Fascicolo.Gateway.Composition.Tests.Rules;

public sealed class OverrideSourceHasOverrideRuleTests
{
    [Fact]
    public void Compose_Should_RecordOverride_When_FieldOverridden()
    {
        var supergraph = AssertValid("""type Query { u: User } type User @key(fields: "id") { id: ID! n: Int }""", """type User @key(fields: "id") { id: ID! n: Int @override(from: "a") }""");
        var n = supergraph.Types["User"].GetField("n")!;
        Assert.Equal(["b"], n.ResolvableIn);
        Assert.Equal("a", n.SourceIn("b")!.OverrideFrom);
    }

    [Fact]
    public void Compose_Should_KeepUsedOverriddenSource_When_OverriddenFieldIsKey()
    {
        var supergraph = AssertValid("""type Query { u: User } type User @key(fields: "id") { id: ID! }""", """type User @key(fields: "id") { id: ID! @override(from: "a") }""");
        Assert.True(supergraph.Types["User"].GetField("id")!.SourceIn("a")!.UsedOverridden);
    }

    [Fact]
    public void Compose_Should_ReportOverrideSourceHasOverride_When_OverridesChain() =>
        AssertInvalid(
            "OVERRIDE_SOURCE_HAS_OVERRIDE",
            """type Query { u: User } type User @key(fields: "id") { id: ID! n: Int @override(from: "b") }""",
            """type User @key(fields: "id") { id: ID! n: Int @override(from: "a") }""");
}
