using static Fascicolo.Gateway.Composition.Tests.Support.RuleAssert;

namespace Fascicolo.Gateway.Composition.Tests.Rules;

public sealed class SatisfiabilityRuleTests
{
    [Fact]
    public void Compose_Should_Succeed_When_FieldsReachableThroughKeys() =>
        AssertValid(
            """type Query { u: User } type User @key(fields: "id") { id: ID! name: String }""",
            """type User @key(fields: "id") { id: ID! age: Int }""");

    [Fact]
    public void Compose_Should_Succeed_When_FieldComesFromInterfaceObject() =>
        AssertValid(
            """type Query { m: [M] } interface M @key(fields: "id") { id: ID! } type A implements M @key(fields: "id") { id: ID! }""",
            """type M @key(fields: "id") @interfaceObject { id: ID! rating: Int }""");

    [Fact]
    public void Compose_Should_ReportSatisfiabilityError_When_ValueTypeFieldOnlyInOtherSubgraph()
    {
        var error = AssertInvalid(
            "SATISFIABILITY_ERROR",
            """type Query { a: Money } type Money @shareable { amount: Int }""",
            """type Query { b: Money } type Money @shareable { amount: Int currency: String }""");
        Assert.Equal("Money.currency", error.Coordinate);
    }

    [Fact]
    public void Compose_Should_ReportSatisfiabilityError_When_EntityHasNoResolvableKey() =>
        AssertInvalid(
            "SATISFIABILITY_ERROR",
            """type Query { u: User } type User @key(fields: "id", resolvable: false) { id: ID! }""",
            """type User @key(fields: "id", resolvable: false) { id: ID! age: Int }""");
}
