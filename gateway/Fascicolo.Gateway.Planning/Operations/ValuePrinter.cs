using System.Globalization;
using System.Text;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Planning.Operations;

/// <summary>Prints argument values compactly and deterministically, collecting the variables they use.</summary>
internal static class ValuePrinter
{
    /// <summary>Prints <c>(name: value, …)</c>, or an empty string when there are no arguments.</summary>
    public static string PrintArguments(GraphQLArguments? arguments, List<string> variables)
    {
        if (arguments is null || arguments.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder("(");
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(arguments[i].Name.StringValue).Append(": ");
            Print(arguments[i].Value, builder, variables);
        }

        return builder.Append(')').ToString();
    }

    /// <summary>Prints one value (a variable's default value, for instance).</summary>
    public static string Print(GraphQLValue value)
    {
        var builder = new StringBuilder();
        Print(value, builder, []);
        return builder.ToString();
    }

    private static void Print(GraphQLValue value, StringBuilder builder, List<string> variables)
    {
        switch (value)
        {
            case GraphQLVariable variable:
                var name = variable.Name.StringValue;
                if (!variables.Contains(name))
                {
                    variables.Add(name);
                }

                builder.Append('$').Append(name);
                break;
            case GraphQLStringValue text:
                PrintString(text.Value.Span, builder);
                break;
            case GraphQLIntValue number:
                builder.Append(number.Value.Span);
                break;
            case GraphQLFloatValue number:
                builder.Append(number.Value.Span);
                break;
            case GraphQLBooleanValue boolean:
                builder.Append(boolean.BoolValue ? "true" : "false");
                break;
            case GraphQLNullValue:
                builder.Append("null");
                break;
            case GraphQLEnumValue enumValue:
                builder.Append(enumValue.Name.StringValue);
                break;
            case GraphQLListValue list:
                builder.Append('[');
                for (var i = 0; i < (list.Values?.Count ?? 0); i++)
                {
                    builder.Append(i > 0 ? ", " : string.Empty);
                    Print(list.Values![i], builder, variables);
                }

                builder.Append(']');
                break;
            case GraphQLObjectValue obj:
                builder.Append('{');
                for (var i = 0; i < (obj.Fields?.Count ?? 0); i++)
                {
                    builder.Append(i > 0 ? ", " : string.Empty).Append(obj.Fields![i].Name.StringValue).Append(": ");
                    Print(obj.Fields[i].Value, builder, variables);
                }

                builder.Append('}');
                break;
            default:
                throw new QueryPlanningException($"Unsupported value node {value.Kind}.");
        }
    }

    // Block strings are printed as ordinary strings: same value, one line, so fetch documents stay compact.
    private static void PrintString(ReadOnlySpan<char> text, StringBuilder builder)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
