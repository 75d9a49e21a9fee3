using System.Globalization;
using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Errors.Wording;

/// <summary>
/// Why a leaf type (a built-in scalar or an enum) refuses a value, in the words of graphql-js's
/// <c>parseLiteral</c> (document literals) and <c>parseValue</c> (request variables). Custom scalars are
/// passed through to the subgraphs unvalidated (see <c>PassThroughScalarGraphType</c>), so they refuse nothing.
/// </summary>
internal static class LeafReasons
{
    private const double MinInt = int.MinValue;
    private const double MaxInt = int.MaxValue;

    /// <summary>The reason <paramref name="leaf"/> refuses the literal <paramref name="value"/>; null when it accepts it.</summary>
    public static string? ForLiteral(IGraphType leaf, GraphQLValue value)
    {
        if (leaf is EnumerationGraphType enumeration)
        {
            return EnumLiteral(enumeration, value);
        }

        return leaf.Name switch
        {
            "Int" when value is not GraphQLIntValue => $"Int cannot represent non-integer value: {GraphQLPrinter.Print(value)}",
            "Int" when IntLiteralOutOfRange((GraphQLIntValue)value) => $"Int cannot represent non 32-bit signed integer value: {((GraphQLIntValue)value).Value}",
            "Float" when value is not (GraphQLIntValue or GraphQLFloatValue) => $"Float cannot represent non numeric value: {GraphQLPrinter.Print(value)}",
            "String" when value is not GraphQLStringValue => $"String cannot represent a non string value: {GraphQLPrinter.Print(value)}",
            "Boolean" when value is not GraphQLBooleanValue => $"Boolean cannot represent a non boolean value: {GraphQLPrinter.Print(value)}",
            "ID" when value is not (GraphQLStringValue or GraphQLIntValue) => $"ID cannot represent a non-string and non-integer value: {GraphQLPrinter.Print(value)}",
            _ => null,
        };
    }

    /// <summary>The reason <paramref name="leaf"/> refuses the JSON <paramref name="value"/> (never null); null when it accepts it.</summary>
    public static string? ForValue(IGraphType leaf, JsonElement value)
    {
        if (leaf is EnumerationGraphType enumeration)
        {
            return EnumValue(enumeration, value);
        }

        var number = value.ValueKind == JsonValueKind.Number ? JsJson.Number(value) : (double?)null;
        return leaf.Name switch
        {
            "Int" when number is not { } n || !IsInteger(n) => $"Int cannot represent non-integer value: {JsInspect.Format(value)}",
            "Int" when number is < MinInt or > MaxInt => $"Int cannot represent non 32-bit signed integer value: {JsNumber.Format(number.Value)}",
            "Float" when number is not { } n || !double.IsFinite(n) => $"Float cannot represent non numeric value: {JsInspect.Format(value)}",
            "String" when value.ValueKind != JsonValueKind.String => $"String cannot represent a non string value: {JsInspect.Format(value)}",
            "Boolean" when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False) => $"Boolean cannot represent a non boolean value: {JsInspect.Format(value)}",
            "ID" when value.ValueKind != JsonValueKind.String && (number is not { } n || !IsInteger(n)) => $"ID cannot represent value: {JsInspect.Format(value)}",
            _ => null,
        };
    }

    private static string? EnumLiteral(EnumerationGraphType enumeration, GraphQLValue value)
    {
        var printed = GraphQLPrinter.Print(value);
        if (value is not GraphQLEnumValue literal)
        {
            return $"Enum \"{enumeration.Name}\" cannot represent non-enum value: {printed}." + DidYouMeanValue(enumeration, printed);
        }

        return enumeration.Values.FindByName(literal.Name.Value) is null
            ? $"Value \"{printed}\" does not exist in \"{enumeration.Name}\" enum." + DidYouMeanValue(enumeration, printed)
            : null;
    }

    private static string? EnumValue(EnumerationGraphType enumeration, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            var printed = JsInspect.Format(value);
            return $"Enum \"{enumeration.Name}\" cannot represent non-string value: {printed}." + DidYouMeanValue(enumeration, printed);
        }

        var name = value.GetString()!;
        return enumeration.Values.FindByName(name) is null
            ? $"Value \"{name}\" does not exist in \"{enumeration.Name}\" enum." + DidYouMeanValue(enumeration, name)
            : null;
    }

    private static string DidYouMeanValue(EnumerationGraphType enumeration, string input) =>
        Suggestions.DidYouMean(Suggestions.List(input, enumeration.Values.Select(v => v.Name)), "the enum value");

    // graphql-js: parseInt(literal, 10) compared with the 32-bit bounds.
    private static bool IntLiteralOutOfRange(GraphQLIntValue value) =>
        double.Parse(value.Value.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) is < MinInt or > MaxInt;

    private static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;
}
