using Fascicolo.Gateway.Tests.Support;

namespace Fascicolo.Gateway.Tests.Errors;

/// <summary>FieldsOnCorrectType and ScalarLeafs, worded as graphql-js words them.</summary>
public sealed class FieldMessagesTests
{
    [Theory]
    [InlineData("{ me { id nickname } }", "Cannot query field \"nickname\" on type \"User\". Did you mean \"name\" or \"username\"?", "1:11")]
    [InlineData("{ me { usrname } }", "Cannot query field \"usrname\" on type \"User\". Did you mean \"username\" or \"name\"?", "1:8")]
    [InlineData("{ me { reviews { bdy } } }", "Cannot query field \"bdy\" on type \"Review\". Did you mean \"body\" or \"id\"?", "1:18")]
    [InlineData("{ __typo }", "Cannot query field \"__typo\" on type \"Query\".", "1:3")]
    [InlineData("{ node(id: \"1\") { body } }", "Cannot query field \"body\" on type \"Node\". Did you mean to use an inline fragment on \"Review\"?", "1:19")]
    [InlineData("{ search(text: \"a\") { upc } }", "Cannot query field \"upc\" on type \"SearchResult\". Did you mean to use an inline fragment on \"Product\"?", "1:23")]
    [InlineData("{ me { name { first } } }", "Field \"name\" must not have a selection since type \"String\" has no subfields.", "1:13")]
    [InlineData("{ topProducts }", "Field \"topProducts\" of type \"[Product]\" must have a selection of subfields. Did you mean \"topProducts { ... }\"?", "1:3")]
    public async Task Validate_Should_ReportGraphQLJsMessage_When_AFieldIsWrong(string query, string message, string locations)
    {
        var errors = await TranslationHarness.ValidateAsync(query);

        ErrorAssert.Contains(errors, message, locations, "GRAPHQL_VALIDATION_FAILED");
    }

    [Fact]
    public async Task Validate_Should_NotReportTheFieldsUnderALeaf_When_AScalarHasASelection()
    {
        var errors = await TranslationHarness.ValidateAsync("{ pair { upc } }");

        ErrorAssert.Messages(
            errors,
            "Field \"pair\" must not have a selection since type \"String\" has no subfields.",
            "Field \"pair\" argument \"a\" of type \"Int!\" is required, but it was not provided.",
            "Field \"pair\" argument \"b\" of type \"String!\" is required, but it was not provided.");
    }
}
