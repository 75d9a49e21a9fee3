using System.Collections;
using System.Text.Json;
using Fascicolo.Gateway.Documents;
using Fascicolo.Gateway.Tests.Support;

namespace Fascicolo.Gateway.Tests.Documents;

/// <summary>
/// The coercion of plain variables straight from the JSON against GraphQL.NET's validator, on the same
/// operations and values: where it answers, the validator accepts the same values and coerces them to
/// the same objects; where it does not (input objects, defaults, wrong values), the validator decides.
/// </summary>
public sealed class PlainVariableValuesTests
{
    private const string Product = "query($u: String!) { product(upc: $u) { name } }";
    private const string ByColor = "query($c: Color!) { byColor(color: $c) { name } }";
    private const string Scores = "query($v: [Float!]) { scores(values: $v) }";
    private const string Flag = "query($on: Boolean) { flag(on: $on) }";
    private const string Code = "query($x: FiscalCode) { code(value: $x) }";
    private const string Node = "query($id: ID!) { node(id: $id) { id } }";
    private const string Top = "query($f: Int = 5) { topProducts(first: $f) { name } }";
    private const string Search = "query($t: String!, $filter: ProductFilter) { search(text: $t, filter: $filter) { __typename } }";
    private const string Pair = "query($a: Int!, $b: String!) { pair(a: $a, b: $b) }";

    public static TheoryData<string, string, bool> Cases { get; } = new()
    {
        { Product, """{"u":"abc"}""", true },
        { Product, """{"u":"abc","unused":1}""", true },
        { Product, """{"u":null}""", false },
        { Product, "{}", false },
        { Product, """{"u":5}""", false },
        { ByColor, """{"c":"RED"}""", true },
        { ByColor, """{"c":"PINK"}""", false },
        { ByColor, """{"c":"red"}""", false },
        { ByColor, """{"c":1}""", false },
        { Scores, """{"v":[1,2.5,-3e2]}""", true },
        { Scores, """{"v":3}""", true },
        { Scores, """{"v":[]}""", true },
        { Scores, """{"v":null}""", true },
        { Scores, """{"v":[1,null]}""", false },
        { Scores, """{"v":["1"]}""", false },
        { Flag, """{"on":true}""", true },
        { Flag, """{"on":false}""", true },
        { Flag, "{}", true },
        { Flag, """{"on":"yes"}""", false },
        { Flag, """{"on":1}""", false },
        { Code, """{"x":"RSSMRA80A01H501U"}""", true },
        { Code, """{"x":5}""", false },
        { Code, """{"x":{"a":1}}""", false },
        { Node, """{"id":"1"}""", true },
        { Node, """{"id":1}""", false },
        { Top, "{}", false },
        { Top, """{"f":3}""", true },
        { Top, """{"f":-7}""", true },
        { Top, """{"f":2147483648}""", false },
        { Top, """{"f":1.5}""", false },
        { Top, """{"f":"3"}""", false },
        { Search, """{"t":"x"}""", true },
        { Search, """{"t":"x","filter":{"minPrice":1}}""", false },
        { Pair, """{"a":1,"b":"x"}""", true },
        { Pair, """{"a":1}""", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task PlainValues_Should_BeCoercedAsTheValidatorCoercesThem_When_TheyArePlain(string query, string variables, bool plain)
    {
        var operation = await TranslationHarness.OperationAsync(query);
        using var json = JsonDocument.Parse(variables);

        var fast = PlainVariableValues.TryCoerce(TranslationHarness.Schema, operation.Definition, json.RootElement);
        var validator = await TranslationHarness.Variables.CoerceWithValidatorAsync(operation, json.RootElement, CancellationToken.None);

        Assert.Equal(plain, fast is not null);
        if (fast is null)
        {
            return;
        }

        Assert.Null(validator.Errors);
        foreach (var definition in operation.Definition.Variables!.Items)
        {
            var name = definition.Variable.Name.StringValue;
            Assert.Equal(Describe(validator.Values!.ValueFor(name)), Describe(fast.ValueFor(name)));
        }
    }

    [Fact]
    public async Task Coercion_Should_ReportTheValidatorsErrors_When_APlainValueIsWrong()
    {
        var errors = await TranslationHarness.CoerceAsync(ByColor, """{"c":"PINK"}""");

        Assert.Equal("BAD_USER_INPUT", Assert.Single(errors).Code);
    }

    // Types and values, lists item by item: an int and a long, or an array and a list, must not pass as equal.
    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => $"string:{text}",
        IEnumerable items => $"[{string.Join(",", items.Cast<object?>().Select(Describe))}]",
        _ => $"{value.GetType().Name}:{Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}",
    };
}
