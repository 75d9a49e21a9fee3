using static Fascicolo.Gateway.Composition.Tests.Support.RuleAssert;

namespace Fascicolo.Gateway.Composition.Tests.Rules;

public sealed class ExternalMissingOnBaseRuleTests
{
    [Fact]
    public void Compose_Should_Succeed_When_ExternalFieldHasBase() =>
        AssertValid(
            """type Query { p: P } type P @key(fields: "id") { id: ID! w: Int }""",
            """type P @key(fields: "id") { id: ID! w: Int @external c: Int @requires(fields: "w") }""");

    [Fact]
    public void Compose_Should_ReportExternalMissingOnBase_When_NoSubgraphDefinesField()
    {
        var error = AssertInvalid(
            "EXTERNAL_MISSING_ON_BASE",
            """type Query { p: P } type P @key(fields: "id") { id: ID! }""",
            """type P @key(fields: "id") { id: ID! w: Int @external c: Int @requires(fields: "w") }""");
        Assert.Equal("P.w", error.Coordinate);
    }
}
