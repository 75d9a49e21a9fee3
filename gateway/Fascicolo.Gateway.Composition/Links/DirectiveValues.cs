using System.Globalization;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>Reads literal argument values of applied directives.</summary>
internal static class DirectiveValues
{
    public static GraphQLValue? Argument(GraphQLDirective directive, string name)
    {
        if (directive.Arguments is null)
        {
            return null;
        }

        foreach (var argument in directive.Arguments.Items)
        {
            if (argument.Name.StringValue == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    public static string? String(GraphQLDirective directive, string name) =>
        Argument(directive, name) is GraphQLStringValue s ? s.Value.ToString() : null;

    public static string? EnumOrString(GraphQLDirective directive, string name) => Argument(directive, name) switch
    {
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLStringValue s => s.Value.ToString(),
        _ => null,
    };

    public static bool? Boolean(GraphQLDirective directive, string name) =>
        Argument(directive, name) is GraphQLBooleanValue b ? b.BoolValue : null;

    public static GraphQLValue? Field(GraphQLObjectValue value, string name) =>
        value.Fields?.FirstOrDefault(f => f.Name.StringValue == name)?.Value;

    /// <summary>The directives with that name on a node, or none.</summary>
    public static IEnumerable<GraphQLDirective> Named(IHasDirectivesNode node, string name) =>
        node.Directives?.Items.Where(d => d.Name.StringValue == name) ?? [];

    /// <summary>The description text of a node, or <see langword="null"/>.</summary>
    public static string? Description(GraphQLDescription? description) =>
        description is null ? null : description.Value.ToString();

    /// <summary>A string argument written in a directive application.</summary>
    public static string FormatString(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    /// <summary>Formats an integer the invariant way.</summary>
    public static string FormatInt(int value) => value.ToString(CultureInfo.InvariantCulture);
}
