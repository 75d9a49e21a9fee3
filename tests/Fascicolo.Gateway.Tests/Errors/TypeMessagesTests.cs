using Fascicolo.Gateway.Tests.Support;

namespace Fascicolo.Gateway.Tests.Errors;

/// <summary>KnownTypeNames, worded as graphql-js words it.</summary>
public sealed class TypeMessagesTests
{
    [Theory]
    [InlineData("query ($a: Strin) { me { id } }", "Unknown type \"Strin\". Did you mean \"String\"?", "1:12")]
    [InlineData("{ me { ... on Usr { id } } }", "Unknown type \"Usr\". Did you mean \"User\"?", "1:15")]
    [InlineData("query ($a: Foo) { me { id } }", "Unknown type \"Foo\".", "1:12")]
    public async Task Validate_Should_ReportGraphQLJsMessage_When_ATypeIsUnknown(string query, string message, string locations)
    {
        var errors = await TranslationHarness.ValidateAsync(query);

        ErrorAssert.Contains(errors, message, locations, "GRAPHQL_VALIDATION_FAILED");
    }

    [Fact]
    public async Task Validate_Should_NotSayTheTypeIsNotAnInputType_When_AVariableTypeIsUnknown()
    {
        var errors = await TranslationHarness.ValidateAsync("query ($a: Foo) { me { id } }");

        ErrorAssert.Messages(errors, "Unknown type \"Foo\".", "Variable \"$a\" is never used.");
    }
}
