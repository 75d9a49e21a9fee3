using Fascicolo.Gateway.Tests.Support;

namespace Fascicolo.Gateway.Tests.Errors;

/// <summary>
/// NoUnusedVariables, NoUndefinedVariables, VariablesInAllowedPosition, VariablesAreInputTypes and
/// UniqueVariableNames, worded as graphql-js words them.
/// </summary>
public sealed class VariableDefinitionMessagesTests
{
    [Theory]
    [InlineData("query Q($a: Int) { me { id } }", "Variable \"$a\" is never used in operation \"Q\".", "1:9")]
    [InlineData("query ($a: Int) { me { id } }", "Variable \"$a\" is never used.", "1:8")]
    [InlineData("query Q { topProducts(first: $n) { upc } }", "Variable \"$n\" is not defined by operation \"Q\".", "1:30 1:1")]
    [InlineData("{ topProducts(first: $n) { upc } }", "Variable \"$n\" is not defined.", "1:22 1:1")]
    [InlineData("query ($n: Int) { pair(a: $n, b: \"x\") }", "Variable \"$n\" of type \"Int\" used in position expecting type \"Int!\".", "1:8 1:27")]
    [InlineData("query ($c: [Color]) { byColor(color: $c) { upc } }", "Variable \"$c\" of type \"[Color]\" used in position expecting type \"Color!\".", "1:8 1:38")]
    [InlineData("query ($a: User) { me { id } }", "Variable \"$a\" cannot be non-input type \"User\".", "1:12")]
    [InlineData("query ($a: Int, $a: Int, $a: String) { me { id } }", "There can be only one variable named \"$a\".", "1:9 1:18 1:27")]
    public async Task Validate_Should_ReportGraphQLJsMessage_When_AVariableDefinitionIsWrong(string query, string message, string locations)
    {
        var errors = await TranslationHarness.ValidateAsync(query);

        ErrorAssert.Contains(errors, message, locations, "GRAPHQL_VALIDATION_FAILED");
    }

    [Fact]
    public async Task Validate_Should_ReportTheOutputType_When_AVariableOfAnOutputTypeHasADefaultValue()
    {
        // GraphQL.NET's DefaultValuesOfCorrectType throws on this document; the gateway must still answer 400.
        var errors = await TranslationHarness.ValidateAsync("query ($f: Product = {a: 1}) { me { id } }");

        ErrorAssert.Contains(errors, "Variable \"$f\" cannot be non-input type \"Product\".", "1:12", "GRAPHQL_VALIDATION_FAILED");
        ErrorAssert.Contains(errors, "Variable \"$f\" is never used.", "1:8", "GRAPHQL_VALIDATION_FAILED");
        Assert.Equal(2, errors.Count);
    }
}
