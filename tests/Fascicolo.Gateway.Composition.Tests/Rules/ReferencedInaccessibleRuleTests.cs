using static Fascicolo.Gateway.Composition.Tests.Support.RuleAssert;

namespace Fascicolo.Gateway.Composition.Tests.Rules;

public sealed class ReferencedInaccessibleRuleTests
{
    [Fact]
    public void Compose_Should_HideInaccessibleElements_When_ReferencesAreInaccessibleToo()
    {
        var supergraph = AssertValid("""type Query { s: Secret @inaccessible, a: Int } type Secret @inaccessible { x: Int }""");
        Assert.DoesNotContain("Secret", supergraph.ApiSchemaSdl, StringComparison.Ordinal);
        Assert.Contains("inaccessible/v0.2", supergraph.Sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Should_ReportReferencedInaccessible_When_AccessibleFieldReturnsInaccessibleType() =>
        AssertInvalid("REFERENCED_INACCESSIBLE", """type Query { s: Secret } type Secret @inaccessible { x: Int }""");
}
