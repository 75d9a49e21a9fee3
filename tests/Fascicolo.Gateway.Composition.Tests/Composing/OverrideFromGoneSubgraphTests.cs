using static Fascicolo.Gateway.Composition.Tests.Support.RuleAssert;

namespace Fascicolo.Gateway.Composition.Tests.Composing;

/// <summary><c>@override(from:)</c> naming a subgraph that is not composed (it was retired): composition succeeds and the supergraph keeps where the field came from.</summary>
public sealed class OverrideFromGoneSubgraphTests
{
    [Fact]
    public void Compose_Should_KeepTheOverrideSource_When_TheSourceSubgraphIsGone()
    {
        var supergraph = AssertValid(
            """type Query { u: User } type User @key(fields: "id") { id: ID! }""",
            """type User @key(fields: "id") { id: ID! stock: Int @override(from: "warehouse") }""");

        Assert.Equal("warehouse", supergraph.Types["User"].GetField("stock")!.SourceIn("b")!.OverrideFrom);
        Assert.Contains("""stock: Int @join__field(graph: B, override: "warehouse")""", SupergraphPrinter.Print(supergraph), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Should_KeepTheOverrideSource_When_TheSourceSubgraphNoLongerHasTheField()
    {
        var supergraph = AssertValid(
            """type Query { u: User } type User @key(fields: "id") { id: ID! }""",
            """type User @key(fields: "id") { id: ID! stock: Int @override(from: "a") }""");

        Assert.Equal("a", supergraph.Types["User"].GetField("stock")!.SourceIn("b")!.OverrideFrom);
    }
}
