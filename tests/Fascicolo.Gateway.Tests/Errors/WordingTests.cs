using System.Text.Json;
using Fascicolo.Gateway.Errors.Wording;

namespace Fascicolo.Gateway.Tests.Errors;

/// <summary>The graphql-js helpers the messages are made of: suggestions, natural order, JavaScript numbers and <c>inspect</c>.</summary>
public sealed class WordingTests
{
    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "a" }, " Did you mean \"a\"?")]
    [InlineData(new[] { "a", "b" }, " Did you mean \"a\" or \"b\"?")]
    [InlineData(new[] { "a", "b", "c" }, " Did you mean \"a\", \"b\", or \"c\"?")]
    [InlineData(new[] { "a", "b", "c", "d", "e", "f", "g" }, " Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?")]
    public void DidYouMean_Should_ListAtMostFiveQuotedNames_When_GivenSuggestions(string[] suggestions, string expected)
    {
        Assert.Equal(expected, Suggestions.DidYouMean(suggestions));
    }

    [Fact]
    public void SuggestionList_Should_OrderByDistanceThenNaturally_When_SeveralOptionsAreClose()
    {
        var suggestions = Suggestions.List("usrname", ["name", "username", "birthday", "id"]);

        Assert.Equal(["username", "name"], suggestions);
    }

    [Fact]
    public void SuggestionList_Should_CountACaseChangeAsOneEdit_When_OnlyTheCaseDiffers()
    {
        Assert.Equal(["RED"], Suggestions.List("red", ["RED", "GREEN", "BLUE"]));
    }

    [Fact]
    public void NaturalOrder_Should_CompareDigitRunsAsNumbers_When_NamesEndInNumbers()
    {
        string[] names = ["b", "a10", "a2"];

        Assert.Equal(["a2", "a10", "b"], names.Order(NaturalOrder.Instance));
    }

    [Theory]
    [InlineData(3.0, "3")]
    [InlineData(1.5, "1.5")]
    [InlineData(1e30, "1e+30")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(-2147483649, "-2147483649")]
    [InlineData(1.2345678901234568e+22, "1.2345678901234568e+22")]
    public void JsNumber_Should_FormatAsJavaScript_When_GivenADouble(double value, string expected)
    {
        Assert.Equal(expected, JsNumber.Format(value));
    }

    [Theory]
    [InlineData("\"three\"", "\"three\"")]
    [InlineData("{\"a\":1,\"b\":[true,null]}", "{ a: 1, b: [true, null] }")]
    [InlineData("{\"b\":1,\"2\":2,\"1\":3}", "{ 1: 3, 2: 2, b: 1 }")]
    [InlineData("{\"a\":1,\"a\":2}", "{ a: 2 }")]
    [InlineData("[[[[1]]]]", "[[[Array]]]")]
    [InlineData("{}", "{}")]
    [InlineData("\"tab\\tquote\\\" \\u0001\"", "\"tab\\tquote\\\" \\u0001\"")]
    public void Inspect_Should_PrintAsGraphQLJs_When_GivenAJsonValue(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(expected, JsInspect.Format(document.RootElement));
    }
}
