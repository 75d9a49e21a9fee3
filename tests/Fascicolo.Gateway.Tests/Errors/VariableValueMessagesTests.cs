using Fascicolo.Gateway.Tests.Support;

namespace Fascicolo.Gateway.Tests.Errors;

/// <summary>Variable coercion (graphql-js's <c>coerceVariableValues</c>), worded as graphql-js words it, with <c>BAD_USER_INPUT</c>.</summary>
public sealed class VariableValueMessagesTests
{
    private const string TopProducts = "query ($first: Int) { topProducts(first: $first) { upc } }";
    private const string Search = "query ($f: ProductFilter) { search(text: \"a\", filter: $f) { __typename } }";

    [Theory]
    [InlineData("query ($first: Int!) { topProducts(first: $first) { upc } }", "{}", "Variable \"$first\" of required type \"Int!\" was not provided.")]
    [InlineData("query ($first: Int!) { topProducts(first: $first) { upc } }", """{"first":null}""", "Variable \"$first\" of non-null type \"Int!\" must not be null.")]
    [InlineData(TopProducts, """{"first":"three"}""", "Variable \"$first\" got invalid value \"three\"; Int cannot represent non-integer value: \"three\"")]
    [InlineData(TopProducts, """{"first":1.5}""", "Variable \"$first\" got invalid value 1.5; Int cannot represent non-integer value: 1.5")]
    [InlineData(TopProducts, """{"first":1e30}""", "Variable \"$first\" got invalid value 1e+30; Int cannot represent non 32-bit signed integer value: 1e+30")]
    [InlineData(TopProducts, """{"first":[1,2,3,4,5,6,7,8,9,10,11,12]}""", "Variable \"$first\" got invalid value [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]; Int cannot represent non-integer value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]")]
    [InlineData(TopProducts, """{"first":"line\nbreak \"q\""}""", "Variable \"$first\" got invalid value \"line\\nbreak \\\"q\\\"\"; Int cannot represent non-integer value: \"line\\nbreak \\\"q\\\"\"")]
    [InlineData("query ($v: [Float!]) { scores(values: $v) }", """{"v":[1,"a",null]}""", "Variable \"$v\" got invalid value \"a\" at \"v[1]\"; Float cannot represent non numeric value: \"a\"")]
    [InlineData("query ($v: [Float!]) { scores(values: $v) }", """{"v":[1,"a",null]}""", "Variable \"$v\" got invalid value null at \"v[2]\"; Expected non-nullable type \"Float!\" not to be null.")]
    [InlineData("query ($o: Boolean) { flag(on: $o) }", """{"o":"true"}""", "Variable \"$o\" got invalid value \"true\"; Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData("query ($i: ID!) { node(id: $i) { id } }", """{"i":1.5}""", "Variable \"$i\" got invalid value 1.5; ID cannot represent value: 1.5")]
    [InlineData("query ($u: String!) { product(upc: $u) { upc } }", """{"u":{"x":[1,2,{"y":{"z":1}}]}}""", "Variable \"$u\" got invalid value { x: [1, 2, [Object]] }; String cannot represent a non string value: { x: [1, 2, [Object]] }")]
    [InlineData("query ($c: Color!) { byColor(color: $c) { upc } }", """{"c":"red"}""", "Variable \"$c\" got invalid value \"red\"; Value \"red\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?")]
    [InlineData("query ($c: Color!) { byColor(color: $c) { upc } }", """{"c":1}""", "Variable \"$c\" got invalid value 1; Enum \"Color\" cannot represent non-string value: 1.")]
    [InlineData(Search, """{"f":{}}""", "Variable \"$f\" got invalid value {}; Field \"minPrice\" of required type \"Int!\" was not provided.")]
    [InlineData(Search, """{"f":{"minPrice":1,"colr":"RED"}}""", "Variable \"$f\" got invalid value { minPrice: 1, colr: \"RED\" }; Field \"colr\" is not defined by type \"ProductFilter\". Did you mean \"color\"?")]
    [InlineData(Search, """{"f":[{"minPrice":1}]}""", "Variable \"$f\" got invalid value [{ minPrice: 1 }]; Expected type \"ProductFilter\" to be an object.")]
    public async Task Coerce_Should_ReportGraphQLJsMessage_When_AVariableValueIsWrong(string query, string variables, string message)
    {
        var errors = await TranslationHarness.CoerceAsync(query, variables);

        ErrorAssert.Contains(errors, message, "1:8", "BAD_USER_INPUT");
    }

    [Fact]
    public async Task Coerce_Should_ReportEveryProblemInFieldOrder_When_AnInputObjectHasSeveral()
    {
        var errors = await TranslationHarness.CoerceAsync(Search, """{"f":{"minPrice":1,"nested":{"min":"x"},"tags":["a",null]}}""");

        ErrorAssert.Messages(
            errors,
            "Variable \"$f\" got invalid value null at \"f.tags[1]\"; Expected non-nullable type \"String!\" not to be null.",
            "Variable \"$f\" got invalid value \"x\" at \"f.nested.min\"; Float cannot represent non numeric value: \"x\"");
    }

    [Fact]
    public async Task Coerce_Should_LocateEachError_When_SeveralVariablesAreMissing()
    {
        var errors = await TranslationHarness.CoerceAsync("query ($a: Int!, $b: String!) { pair(a: $a, b: $b) }", "{}");

        ErrorAssert.Contains(errors, "Variable \"$a\" of required type \"Int!\" was not provided.", "1:8", "BAD_USER_INPUT");
        ErrorAssert.Contains(errors, "Variable \"$b\" of required type \"String!\" was not provided.", "1:18", "BAD_USER_INPUT");
    }

    [Fact]
    public async Task Coerce_Should_AcceptAnyValue_When_TheScalarIsPassedThroughToTheSubgraph()
    {
        var errors = await TranslationHarness.CoerceAsync("query ($c: FiscalCode) { code(value: $c) }", """{"c":3}""");

        Assert.Empty(errors);
    }
}
