using static Fascicolo.Gateway.Composition.Tests.Support.RuleAssert;

namespace Fascicolo.Gateway.Composition.Tests.Rules;

public sealed class RequiresInvalidFieldsRuleTests
{
    private const string Owner = """type Query { p: P } type P @key(fields: "id") { id: ID! weight: Int }""";

    [Fact]
    public void Compose_Should_Succeed_When_RequiredFieldIsExternal() =>
        AssertValid(Owner, """type P @key(fields: "id") { id: ID! weight: Int @external cost: Int @requires(fields: "weight") }""");

    [Fact]
    public void Compose_Should_ReportRequiresInvalidFields_When_RequiredFieldIsUndeclared()
    {
        var error = AssertInvalid("REQUIRES_INVALID_FIELDS", Owner, """type P @key(fields: "id") { id: ID! cost: Int @requires(fields: "weight") }""");
        Assert.Equal("P.cost", error.Coordinate);
        Assert.Equal(["b"], error.Subgraphs);
    }
}
