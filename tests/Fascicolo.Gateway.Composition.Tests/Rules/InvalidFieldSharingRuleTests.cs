using static Fascicolo.Gateway.Composition.Tests.Support.RuleAssert;

namespace Fascicolo.Gateway.Composition.Tests.Rules;

public sealed class InvalidFieldSharingRuleTests
{
    [Fact]
    public void Compose_Should_Succeed_When_SharedFieldsAreShareableOrKeys() =>
        AssertValid(
            """type Query { u: User } type User @key(fields: "id") { id: ID! name: String @shareable } type Money @shareable { amount: Int }""",
            """type Query { m: Money } type User @key(fields: "id") { id: ID! name: String @shareable } type Money @shareable { amount: Int }""");

    [Fact]
    public void Compose_Should_ReportInvalidFieldSharing_When_FieldDefinedTwiceWithoutShareable()
    {
        var error = AssertInvalid(
            "INVALID_FIELD_SHARING",
            """type Query { u: User } type User @key(fields: "id") { id: ID! name: String }""",
            """type User @key(fields: "id") { id: ID! name: String }""");
        Assert.Equal("User.name", error.Coordinate);
        Assert.Equal(["a", "b"], error.Subgraphs);
    }

    [Fact]
    public void Compose_Should_ReportInvalidFieldSharing_When_RootFieldDefinedTwice() =>
        AssertInvalid("INVALID_FIELD_SHARING", """type Query { hello: String }""", """type Query { hello: String }""");

    [Fact]
    public void Compose_Should_NotCountOverriddenSource_When_FieldOverridden() =>
        AssertValid("""type Query { u: User } type User @key(fields: "id") { id: ID! n: Int }""", """type User @key(fields: "id") { id: ID! n: Int @override(from: "a") }""");

    [Fact]
    public void Compose_Should_Succeed_When_ProvidedExternalFieldIsNotShareableAtOwner() =>
        AssertValid(
            """type Query { u: User } type User @key(fields: "id") { id: ID! name: String }""",
            """type Query { r: Review } type Review { author: User @provides(fields: "name") } type User @key(fields: "id") { id: ID! name: String @external }""");
}
