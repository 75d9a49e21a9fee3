using Fascicolo.Gateway.Tests.Support;

namespace Fascicolo.Gateway.Tests.Errors;

/// <summary>
/// ValuesOfCorrectType (argument literals and variable defaults: built-in scalars, enums, lists, input
/// objects) and UniqueInputFieldNames, worded as graphql-js words them, one error per wrong value.
/// </summary>
public sealed class ValueMessagesTests
{
    [Theory]
    [InlineData("{ topProducts(first: \"x\") { upc } }", "Int cannot represent non-integer value: \"x\"", "1:22")]
    [InlineData("{ topProducts(first: 99999999999) { upc } }", "Int cannot represent non 32-bit signed integer value: 99999999999", "1:22")]
    [InlineData("{ scores(values: [1, \"a\", null]) }", "Float cannot represent non numeric value: \"a\"", "1:22")]
    [InlineData("{ scores(values: [1, \"a\", null]) }", "Expected value of type \"Float!\", found null.", "1:27")]
    [InlineData("{ flag(on: 1) }", "Boolean cannot represent a non boolean value: 1", "1:12")]
    [InlineData("{ product(upc: 1.5) { upc } }", "String cannot represent a non string value: 1.5", "1:16")]
    [InlineData("{ node(id: true) { id } }", "ID cannot represent a non-string and non-integer value: true", "1:12")]
    [InlineData("{ byColor(color: PURPLE) { upc } }", "Value \"PURPLE\" does not exist in \"Color\" enum.", "1:18")]
    [InlineData("{ byColor(color: \"RED\") { upc } }", "Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?", "1:18")]
    [InlineData("{ byColor(color: REd) { upc } }", "Value \"REd\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?", "1:18")]
    [InlineData("{ product(upc: null) { upc } }", "Expected value of type \"String!\", found null.", "1:16")]
    [InlineData("{ search(text: \"a\", filter: { x: 1, y: 2 }) { __typename } }", "Field \"ProductFilter.minPrice\" of required type \"Int!\" was not provided.", "1:29")]
    [InlineData("{ search(text: \"a\", filter: { x: 1, y: 2 }) { __typename } }", "Field \"x\" is not defined by type \"ProductFilter\".", "1:31")]
    [InlineData("{ search(text: \"a\", filter: { minPrice: 1, colr: RED }) { __typename } }", "Field \"colr\" is not defined by type \"ProductFilter\". Did you mean \"color\"?", "1:44")]
    [InlineData("{ search(text: \"a\", filter: [ { minPrice: 1 } ]) { __typename } }", "Expected value of type \"ProductFilter\", found [{minPrice: 1}].", "1:29")]
    [InlineData("query ($a: Int = \"x\") { topProducts(first: $a) { upc } }", "Int cannot represent non-integer value: \"x\"", "1:18")]
    [InlineData("{ search(text: \"a\", filter: { minPrice: 1, minPrice: 2 }) { __typename } }", "There can be only one input field named \"minPrice\".", "1:31 1:44")]
    public async Task Validate_Should_ReportGraphQLJsMessage_When_ALiteralHasTheWrongType(string query, string message, string locations)
    {
        var errors = await TranslationHarness.ValidateAsync(query);

        ErrorAssert.Contains(errors, message, locations, "GRAPHQL_VALIDATION_FAILED");
    }

    [Fact]
    public async Task Validate_Should_ReportEveryWrongValue_When_OneArgumentHoldsSeveral()
    {
        var errors = await TranslationHarness.ValidateAsync("{ search(text: \"a\", filter: { x: 1, y: 2 }) { __typename } }");

        ErrorAssert.Messages(
            errors,
            "Field \"ProductFilter.minPrice\" of required type \"Int!\" was not provided.",
            "Field \"x\" is not defined by type \"ProductFilter\".",
            "Field \"y\" is not defined by type \"ProductFilter\".");
    }

    [Fact]
    public async Task Validate_Should_AcceptAnyLiteral_When_TheScalarIsPassedThroughToTheSubgraph()
    {
        var errors = await TranslationHarness.ValidateAsync("{ code(value: { any: [1, \"x\"] }) }");

        Assert.Empty(errors);
    }
}
