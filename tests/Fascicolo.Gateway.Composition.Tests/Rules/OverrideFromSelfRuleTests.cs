using static Fascicolo.Gateway.Composition.Tests.Support.RuleAssert;

namespace Fascicolo.Gateway.Composition.Tests.Rules;

public sealed class OverrideFromSelfRuleTests
{
    [Fact]
    public void Compose_Should_Succeed_When_OverrideNamesAnotherSubgraph() =>
        AssertValid("""type Query { u: User } type User @key(fields: "id") { id: ID! n: Int }""", """type User @key(fields: "id") { id: ID! n: Int @override(from: "a") }""");

    [Fact]
    public void Compose_Should_ReportOverrideFromSelf_When_OverrideNamesOwnSubgraph() =>
        AssertInvalid("OVERRIDE_FROM_SELF_ERROR", """type Query { u: User } type User @key(fields: "id") { id: ID! n: Int @override(from: "a") }""");
}
