using Fascicolo.Gateway.Tests.Support;

namespace Fascicolo.Gateway.Tests.Errors;

/// <summary>KnownArgumentNames, ProvidedRequiredArguments and UniqueArgumentNames, worded as graphql-js words them.</summary>
public sealed class ArgumentMessagesTests
{
    [Theory]
    [InlineData("{ topProducts(last: 2) { upc } }", "Unknown argument \"last\" on field \"Query.topProducts\".", "1:15")]
    [InlineData("{ topProducts(frist: 2) { upc } }", "Unknown argument \"frist\" on field \"Query.topProducts\". Did you mean \"first\"?", "1:15")]
    [InlineData("{ me @skip(iff: true) { id } }", "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", "1:12")]
    [InlineData("{ me @skip(iff: true) { id } }", "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", "1:6")]
    [InlineData("{ product { upc } }", "Field \"product\" argument \"upc\" of type \"String!\" is required, but it was not provided.", "1:3")]
    [InlineData("{ pair }", "Field \"pair\" argument \"a\" of type \"Int!\" is required, but it was not provided.", "1:3")]
    [InlineData("{ pair }", "Field \"pair\" argument \"b\" of type \"String!\" is required, but it was not provided.", "1:3")]
    [InlineData("{ me @include { id } }", "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", "1:6")]
    [InlineData("{ topProducts(first: 1, first: 2, first: 3) { upc } }", "There can be only one argument named \"first\".", "1:15 1:25 1:35")]
    public async Task Validate_Should_ReportGraphQLJsMessage_When_AnArgumentIsWrong(string query, string message, string locations)
    {
        var errors = await TranslationHarness.ValidateAsync(query);

        ErrorAssert.Contains(errors, message, locations, "GRAPHQL_VALIDATION_FAILED");
    }

    [Fact]
    public async Task Validate_Should_ReportOneErrorPerName_When_AnArgumentIsRepeatedThrice()
    {
        var errors = await TranslationHarness.ValidateAsync("{ topProducts(first: 1, first: 2, first: 3) { upc } }");

        ErrorAssert.Messages(errors, "There can be only one argument named \"first\".");
    }
}
