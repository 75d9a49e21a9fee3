using static Fascicolo.Gateway.Composition.Tests.Support.RuleAssert;

namespace Fascicolo.Gateway.Composition.Tests.Rules;

public sealed class TypeKindMismatchRuleTests
{
    [Fact]
    public void Compose_Should_Succeed_When_InterfaceObjectStandsForInterface() =>
        AssertValid(
            """type Query { m: M } interface M @key(fields: "id") { id: ID! } type A implements M @key(fields: "id") { id: ID! }""",
            """type M @key(fields: "id") @interfaceObject { id: ID! extra: Int }""");

    [Fact]
    public void Compose_Should_ReportTypeKindMismatch_When_ObjectAndInterfaceShareName()
    {
        var error = AssertInvalid("TYPE_KIND_MISMATCH", """type Query { t: T } type T { id: ID }""", """interface T { id: ID }""");
        Assert.Equal("T", error.Coordinate);
        Assert.Equal(["a", "b"], error.Subgraphs);
    }
}
