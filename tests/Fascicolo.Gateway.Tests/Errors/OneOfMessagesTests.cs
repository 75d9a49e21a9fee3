using Fascicolo.Gateway.Tests.Support;

namespace Fascicolo.Gateway.Tests.Errors;

/// <summary>
/// One-of input objects (<c>@oneOf</c>) given the wrong number of fields or a null one, as a literal
/// (ValuesOfCorrectType, VariablesInAllowedPosition) or as a variable's value (<c>coerceInputValue</c>):
/// every error graphql-js 16 reports, in its order, with its words, locations and code.
/// </summary>
public sealed class OneOfMessagesTests
{
    private const string Lookup = "query ($k: ProductKey!) { lookup(by: $k) { upc } }";

    [Theory]
    [InlineData("{ lookup(by: { upc: \"1\", name: \"x\" }) { upc } }", "OneOf Input Object \"ProductKey\" must specify exactly one key. @ 1:14")]
    [InlineData("{ lookup(by: {}) { upc } }", "OneOf Input Object \"ProductKey\" must specify exactly one key. @ 1:14")]
    [InlineData("{ lookup(by: { upc: null }) { upc } }", "Field \"ProductKey.upc\" must be non-null. @ 1:14")]
    [InlineData("{ lookup(by: { upc: null, name: null }) { upc } }", "OneOf Input Object \"ProductKey\" must specify exactly one key. @ 1:14")]
    [InlineData("{ lookup(by: { upc: 1, name: \"x\" }) { upc } }", "OneOf Input Object \"ProductKey\" must specify exactly one key. @ 1:14", "String cannot represent a non string value: 1 @ 1:21")]
    [InlineData("{ lookup(by: { upc: \"1\", nope: 1 }) { upc } }", "OneOf Input Object \"ProductKey\" must specify exactly one key. @ 1:14", "Field \"nope\" is not defined by type \"ProductKey\". Did you mean \"name\"? @ 1:26")]
    [InlineData("{ lookup(by: { upc: \"1\", upc: \"2\" }) { upc } }", "There can be only one input field named \"upc\". @ 1:16 1:26")]
    [InlineData("{ lookupAll(by: [{ upc: \"1\" }, { upc: \"1\", name: \"2\" }]) { upc } }", "OneOf Input Object \"ProductKey\" must specify exactly one key. @ 1:32")]
    [InlineData("query ($k: ProductKey = { upc: \"1\", name: \"x\" }) { lookupAny(by: $k) { upc } }", "OneOf Input Object \"ProductKey\" must specify exactly one key. @ 1:25")]
    [InlineData("query ($u: String) { lookupAny(by: { upc: $u }) { upc } }", "Variable \"$u\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"ProductKey\". @ 1:8 1:43")]
    [InlineData("query ($u: String) { lookupAll(by: [{ upc: $u }]) { upc } }", "Variable \"$u\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"ProductKey\". @ 1:8 1:44")]
    [InlineData("query ($u: String = \"a\") { lookupAny(by: { upc: $u }) { upc } }", "Variable \"$u\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"ProductKey\". @ 1:8 1:49")]
    [InlineData("query ($u: String) { lookupAny(by: { upc: $u, name: null }) { upc } }", "OneOf Input Object \"ProductKey\" must specify exactly one key. @ 1:36", "Variable \"$u\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"ProductKey\". @ 1:8 1:43")]
    public async Task Validate_Should_ReportWhatGraphQLJsReports_When_AOneOfLiteralIsWrong(string query, params string[] expected)
    {
        var errors = await TranslationHarness.ValidateAsync(query);

        ErrorAssert.Exactly(errors, [.. expected.Select(e => e + " [GRAPHQL_VALIDATION_FAILED]")]);
    }

    [Theory]
    [InlineData("{ lookup(by: { upc: \"1\" }) { upc } }")]
    [InlineData("{ lookup(by: { range: {} }) { upc } }")]
    [InlineData("query ($u: String!) { lookupAny(by: { upc: $u }) { upc } }")]
    [InlineData("query ($u: String) { lookup(by: { upc: $u }) { upc } }")]
    public async Task Validate_Should_Accept_When_GraphQLJsAcceptsTheOneOfLiteral(string query)
    {
        var errors = await TranslationHarness.ValidateAsync(query);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(Lookup, """{"k":{"upc":"1","name":"x"}}""", "Variable \"$k\" got invalid value { upc: \"1\", name: \"x\" }; Exactly one key must be specified for OneOf type \"ProductKey\".")]
    [InlineData(Lookup, """{"k":{}}""", "Variable \"$k\" got invalid value {}; Exactly one key must be specified for OneOf type \"ProductKey\".")]
    [InlineData(Lookup, """{"k":{"upc":null}}""", "Variable \"$k\" got invalid value null at \"k.upc\"; Field \"upc\" must be non-null.")]
    [InlineData(Lookup, """{"k":{"upc":null,"name":"x"}}""", "Variable \"$k\" got invalid value { upc: null, name: \"x\" }; Exactly one key must be specified for OneOf type \"ProductKey\".", "Variable \"$k\" got invalid value null at \"k.upc\"; Field \"upc\" must be non-null.")]
    [InlineData(Lookup, """{"k":{"name":"x","upc":null}}""", "Variable \"$k\" got invalid value { name: \"x\", upc: null }; Exactly one key must be specified for OneOf type \"ProductKey\".", "Variable \"$k\" got invalid value null at \"k.upc\"; Field \"upc\" must be non-null.")]
    [InlineData(Lookup, """{"k":{"upc":"1","nope":1}}""", "Variable \"$k\" got invalid value { upc: \"1\", nope: 1 }; Field \"nope\" is not defined by type \"ProductKey\". Did you mean \"name\"?")]
    [InlineData(Lookup, """{"k":{"nope":1}}""", "Variable \"$k\" got invalid value { nope: 1 }; Field \"nope\" is not defined by type \"ProductKey\". Did you mean \"name\"?", "Variable \"$k\" got invalid value { nope: 1 }; Exactly one key must be specified for OneOf type \"ProductKey\".")]
    [InlineData(Lookup, """{"k":{"range":{"min":"a"},"upc":1}}""", "Variable \"$k\" got invalid value 1 at \"k.upc\"; String cannot represent a non string value: 1", "Variable \"$k\" got invalid value \"a\" at \"k.range.min\"; Float cannot represent non numeric value: \"a\"", "Variable \"$k\" got invalid value { range: { min: \"a\" }, upc: 1 }; Exactly one key must be specified for OneOf type \"ProductKey\".")]
    [InlineData("query ($k: [ProductKey]) { lookupAll(by: $k) { upc } }", """{"k":[{"upc":"1"},{"upc":"1","name":"x"}]}""", "Variable \"$k\" got invalid value { upc: \"1\", name: \"x\" } at \"k[1]\"; Exactly one key must be specified for OneOf type \"ProductKey\".")]
    public async Task Coerce_Should_ReportWhatGraphQLJsReports_When_AOneOfVariableValueIsWrong(string query, string variables, params string[] expected)
    {
        var errors = await TranslationHarness.CoerceAsync(query, variables);

        ErrorAssert.Exactly(errors, [.. expected.Select(e => e + " @ 1:8 [BAD_USER_INPUT]")]);
    }

    [Theory]
    [InlineData("""{"k":{"upc":"1"}}""")]
    [InlineData("""{"k":{"range":{}}}""")]
    public async Task Coerce_Should_Accept_When_GraphQLJsAcceptsTheOneOfValue(string variables)
    {
        var errors = await TranslationHarness.CoerceAsync(Lookup, variables);

        Assert.Empty(errors);
    }
}
