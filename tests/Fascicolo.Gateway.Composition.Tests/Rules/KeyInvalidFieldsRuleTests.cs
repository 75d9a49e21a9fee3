using static Fascicolo.Gateway.Composition.Tests.Support.RuleAssert;

namespace Fascicolo.Gateway.Composition.Tests.Rules;

public sealed class KeyInvalidFieldsRuleTests
{
    [Fact]
    public void Compose_Should_Succeed_When_KeyNamesExistingFields() =>
        AssertValid("""type Query { u: User } type User @key(fields: "id org { id }") { id: ID! org: Org! } type Org { id: ID! }""");

    [Fact]
    public void Compose_Should_ReportKeyInvalidFields_When_KeyNamesMissingField()
    {
        var error = AssertInvalid("KEY_INVALID_FIELDS", """type Query { u: User } type User @key(fields: "uuid") { id: ID! }""");
        Assert.Equal("User", error.Coordinate);
        Assert.Equal(["a"], error.Subgraphs);
        Assert.Contains("uuid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Should_ReportKeyInvalidFields_When_KeySelectsIntoLeaf() =>
        AssertInvalid("KEY_INVALID_FIELDS", """type Query { u: User } type User @key(fields: "id { x }") { id: ID! }""");
}
