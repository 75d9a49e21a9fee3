using static Fascicolo.Gateway.Composition.Tests.Support.RuleAssert;

namespace Fascicolo.Gateway.Composition.Tests.Rules;

public sealed class InputFieldDefaultMismatchRuleTests
{
    [Fact]
    public void Compose_Should_Succeed_When_DefaultsAgree() =>
        AssertValid("""type Query { a(p: P): Int } input P { first: Int = 10 }""", """type Query { b(p: P): Int } input P { first: Int = 10 }""");

    [Fact]
    public void Compose_Should_ReportInputFieldDefaultMismatch_When_DefaultsDiffer()
    {
        var error = AssertInvalid("INPUT_FIELD_DEFAULT_MISMATCH", """type Query { a(p: P): Int } input P { first: Int = 10 }""", """type Query { b(p: P): Int } input P { first: Int = 20 }""");
        Assert.Equal("P.first", error.Coordinate);
    }
}
