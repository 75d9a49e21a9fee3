using static Fascicolo.Gateway.Composition.Tests.Support.RuleAssert;

namespace Fascicolo.Gateway.Composition.Tests.Rules;

public sealed class DirectiveDefinitionInvalidRuleTests
{
    [Fact]
    public void Compose_Should_Succeed_When_FederationDirectiveRedefinedCompatibly() =>
        AssertValid("""directive @key(fields: String!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE type Query { u: User } type User @key(fields: "id") { id: ID! }""");

    [Fact]
    public void Compose_Should_ReportDirectiveDefinitionInvalid_When_RequiredArgumentMissing()
    {
        var error = AssertInvalid("DIRECTIVE_DEFINITION_INVALID", """directive @key(name: String) on OBJECT type Query { u: User } type User { id: ID! }""");
        Assert.Equal("@key", error.Coordinate);
    }

    [Fact]
    public void Compose_Should_ReportDirectiveDefinitionInvalid_When_LocationNotInSpec() =>
        AssertInvalid("DIRECTIVE_DEFINITION_INVALID", """directive @shareable on OBJECT | FIELD_DEFINITION | ENUM type Query { u: Int }""");
}
