using Fascicolo.Gateway.Tests.Support;

namespace Fascicolo.Gateway.Tests.Errors;

/// <summary>KnownDirectives and UniqueDirectivesPerLocation, worded as graphql-js words them.</summary>
public sealed class DirectiveMessagesTests
{
    [Theory]
    [InlineData("{ me @foo { id } }", "Unknown directive \"@foo\".", "1:6")]
    [InlineData("query @skip(if: true) { me { id } }", "Directive \"@skip\" may not be used on QUERY.", "1:7")]
    [InlineData("{ me { ...F @deprecated } } fragment F on User { id }", "Directive \"@deprecated\" may not be used on FRAGMENT_SPREAD.", "1:13")]
    [InlineData("{ me @skip(if: true) @skip(if: false) @skip(if: true) { id } }", "The directive \"@skip\" can only be used once at this location.", "1:6 1:22")]
    [InlineData("{ me @skip(if: true) @skip(if: false) @skip(if: true) { id } }", "The directive \"@skip\" can only be used once at this location.", "1:6 1:39")]
    public async Task Validate_Should_ReportGraphQLJsMessage_When_ADirectiveIsWrong(string query, string message, string locations)
    {
        var errors = await TranslationHarness.ValidateAsync(query);

        ErrorAssert.Contains(errors, message, locations, "GRAPHQL_VALIDATION_FAILED");
    }

    [Fact]
    public async Task Validate_Should_ReportOneErrorPerRepetition_When_ADirectiveIsRepeatedThrice()
    {
        var errors = await TranslationHarness.ValidateAsync("{ me @skip(if: true) @skip(if: false) @skip(if: true) { id } }");

        Assert.Equal(2, errors.Count);
    }
}
