using Fascicolo.Gateway.Tests.Support;

namespace Fascicolo.Gateway.Tests.Errors;

/// <summary>
/// KnownFragmentNames, NoUnusedFragments, UniqueFragmentNames, FragmentsOnCompositeTypes,
/// PossibleFragmentSpreads and NoFragmentCycles, worded as graphql-js words them.
/// </summary>
public sealed class FragmentMessagesTests
{
    [Theory]
    [InlineData("{ ...Missing }", "Unknown fragment \"Missing\".", "1:6")]
    [InlineData("{ me { id } } fragment F on User { id }", "Fragment \"F\" is never used.", "1:15")]
    [InlineData("{ me { ...F } } fragment F on User { id } fragment F on User { name }", "There can be only one fragment named \"F\".", "1:26 1:52")]
    [InlineData("{ me { ... on String { id } } }", "Fragment cannot condition on non composite type \"String\".", "1:15")]
    [InlineData("{ me { ...F } } fragment F on String { id }", "Fragment \"F\" cannot condition on non composite type \"String\".", "1:31")]
    [InlineData("{ me { ... on Product { upc } } }", "Fragment cannot be spread here as objects of type \"User\" can never be of type \"Product\".", "1:8")]
    [InlineData("{ me { ...P } } fragment P on Product { upc }", "Fragment \"P\" cannot be spread here as objects of type \"User\" can never be of type \"Product\".", "1:8")]
    [InlineData("{ me { ...F } } fragment F on User { ...G } fragment G on User { ...F }", "Cannot spread fragment \"F\" within itself via \"G\".", "1:38 1:66")]
    [InlineData("{ me { ...F } } fragment F on User { id ...F }", "Cannot spread fragment \"F\" within itself.", "1:41")]
    public async Task Validate_Should_ReportGraphQLJsMessage_When_AFragmentIsWrong(string query, string message, string locations)
    {
        var errors = await TranslationHarness.ValidateAsync(query);

        ErrorAssert.Contains(errors, message, locations, "GRAPHQL_VALIDATION_FAILED");
    }

    [Theory]
    [InlineData("{ me { ... on String { id } } }")]
    [InlineData("{ me { ...F } } fragment F on String { id }")]
    [InlineData("{ me { ...F } } fragment F on User { id } fragment F on User { name }")]
    public async Task Validate_Should_ReportASingleError_When_GraphQLNetAddsFollowOnErrors(string query)
    {
        var errors = await TranslationHarness.ValidateAsync(query);

        Assert.Single(errors);
    }

    [Fact]
    public async Task Validate_Should_JudgeSpreadsByTheLastDefinition_When_AFragmentNameIsRepeated()
    {
        var errors = await TranslationHarness.ValidateAsync("fragment R on User { id reviews { ...R } } fragment R on Review { body } { users { reviews { ...R } } }");

        ErrorAssert.Contains(errors, "There can be only one fragment named \"R\".", "1:10 1:53", "GRAPHQL_VALIDATION_FAILED");
        ErrorAssert.Contains(errors, "Cannot spread fragment \"R\" within itself.", "1:35", "GRAPHQL_VALIDATION_FAILED");
        Assert.Equal(2, errors.Count);
    }
}
