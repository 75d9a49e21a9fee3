using Fascicolo.Gateway.Tests.Support;

namespace Fascicolo.Gateway.Tests.Errors;

/// <summary>OverlappingFieldsCanBeMerged, worded as graphql-js words it.</summary>
public sealed class OverlapMessagesTests
{
    private const string Advice = " Use different aliases on the fields to fetch both if this was intentional.";

    [Theory]
    [InlineData("{ me { a: id a: name } }", "Fields \"a\" conflict because \"id\" and \"name\" are different fields." + Advice, "1:8 1:14")]
    [InlineData("{ topProducts(first: 1) { upc } topProducts(first: 2) { upc } }", "Fields \"topProducts\" conflict because they have differing arguments." + Advice, "1:3 1:33")]
    [InlineData("{ search(text: \"a\") { ... on User { n: name } ... on Product { n: price } } }", "Fields \"n\" conflict because they return conflicting types \"String\" and \"Int\"." + Advice, "1:37 1:64")]
    [InlineData("{ me { x: reviews { a: body b: id } x: reviews { a: id b: body } } }", "Fields \"x\" conflict because subfields \"a\" conflict because \"body\" and \"id\" are different fields and subfields \"b\" conflict because \"id\" and \"body\" are different fields." + Advice, "1:8 1:21 1:29 1:37 1:50 1:56")]
    public async Task Validate_Should_ReportGraphQLJsMessage_When_FieldsConflict(string query, string message, string locations)
    {
        var errors = await TranslationHarness.ValidateAsync(query);

        ErrorAssert.Contains(errors, message, locations, "GRAPHQL_VALIDATION_FAILED");
    }
}
