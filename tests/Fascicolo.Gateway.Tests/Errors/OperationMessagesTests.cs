using Fascicolo.Gateway.Tests.Support;

namespace Fascicolo.Gateway.Tests.Errors;

/// <summary>LoneAnonymousOperation, UniqueOperationNames and ExecutableDefinitions, worded as graphql-js words them.</summary>
public sealed class OperationMessagesTests
{
    [Theory]
    [InlineData("{ me { id } } query Q { me { id } }", "This anonymous operation must be the only defined operation.", "1:1")]
    [InlineData("query Q { me { id } } query Q { me { name } }", "There can be only one operation named \"Q\".", "1:7 1:29")]
    [InlineData("type Foo { a: Int } { me { id } }", "The \"Foo\" definition is not executable.", "1:1")]
    [InlineData("schema { query: Query } { me { id } }", "The schema definition is not executable.", "1:1")]
    public async Task Validate_Should_ReportGraphQLJsMessage_When_TheOperationsAreWrong(string query, string message, string locations)
    {
        var errors = await TranslationHarness.ValidateAsync(query);

        ErrorAssert.Contains(errors, message, locations, "GRAPHQL_VALIDATION_FAILED");
    }
}
