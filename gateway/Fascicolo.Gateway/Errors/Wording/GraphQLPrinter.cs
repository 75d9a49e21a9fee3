using System.Globalization;
using System.Text;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Errors.Wording;

/// <summary>
/// Prints value literals and types as graphql-js's <c>print</c> and <c>inspect</c> do in messages:
/// <c>{a: 1}</c>, <c>["x", 2]</c>, <c>[Int!]!</c>.
/// </summary>
internal static class GraphQLPrinter
{
    /// <summary>A value literal on one line, strings escaped as graphql-js's <c>printString</c> does.</summary>
    public static string Print(GraphQLValue value)
    {
        var text = new StringBuilder();
        Write(text, value);
        return text.ToString();
    }

    /// <summary>A type with its list and non-null wrappers, as in SDL.</summary>
    public static string Print(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Print(nonNull.ResolvedType!) + "!",
        ListGraphType list => "[" + Print(list.ResolvedType!) + "]",
        _ => type.Name,
    };

    /// <summary>A type reference of the document (a variable's declared type), as written.</summary>
    public static string Print(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Print(nonNull.Type) + "!",
        GraphQLListType list => "[" + Print(list.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Not a type reference."),
    };

    /// <summary>A string literal: quotes, backslashes and control characters (C0, DEL, C1) escaped.</summary>
    public static string PrintString(ReadOnlySpan<char> value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\f': text.Append("\\f"); break;
                case '\r': text.Append("\\r"); break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: text.Append(c); break;
            }
        }

        return text.Append('"').ToString();
    }

    private static void Write(StringBuilder text, GraphQLValue value)
    {
        switch (value)
        {
            case GraphQLIntValue i: text.Append(i.Value.Span); break;
            case GraphQLFloatValue f: text.Append(f.Value.Span); break;
            case GraphQLStringValue s: text.Append(PrintString(s.Value.Span)); break;
            case GraphQLBooleanValue b: text.Append(b.BoolValue ? "true" : "false"); break;
            case GraphQLNullValue: text.Append("null"); break;
            case GraphQLEnumValue e: text.Append(e.Name.Value.Span); break;
            case GraphQLVariable v: text.Append('$').Append(v.Name.Value.Span); break;
            case GraphQLListValue list:
                text.Append('[');
                for (var i = 0; i < (list.Values?.Count ?? 0); i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ");
                    Write(text, list.Values![i]);
                }

                text.Append(']');
                break;
            case GraphQLObjectValue obj:
                text.Append('{');
                for (var i = 0; i < (obj.Fields?.Count ?? 0); i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ").Append(obj.Fields![i].Name.Value.Span).Append(": ");
                    Write(text, obj.Fields[i].Value);
                }

                text.Append('}');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Not a value literal.");
        }
    }
}
