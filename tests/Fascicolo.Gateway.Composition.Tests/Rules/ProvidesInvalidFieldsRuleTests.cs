using static Fascicolo.Gateway.Composition.Tests.Support.RuleAssert;

namespace Fascicolo.Gateway.Composition.Tests.Rules;

public sealed class ProvidesInvalidFieldsRuleTests
{
    private const string Owner = """type Query { u: User } type User @key(fields: "id") { id: ID! name: String @shareable }""";

    [Fact]
    public void Compose_Should_Succeed_When_ProvidedFieldIsDeclared() =>
        AssertValid(Owner, """type Query { r: Review } type Review { author: User @provides(fields: "name") } type User @key(fields: "id") { id: ID! name: String @external }""");

    [Fact]
    public void Compose_Should_ReportProvidesInvalidFields_When_ProvidedFieldIsMissing()
    {
        var error = AssertInvalid("PROVIDES_INVALID_FIELDS", Owner, """type Query { r: Review } type Review { author: User @provides(fields: "nickname") } type User @key(fields: "id") { id: ID! }""");
        Assert.Equal("Review.author", error.Coordinate);
    }
}
