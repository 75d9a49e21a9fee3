using System.Text;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>Writes SDL text line by line: descriptions as block strings, directives and values through the parser's printer.</summary>
internal sealed class SdlBuilder
{
    private readonly StringBuilder _text = new();

    public void Line(string line = "") => _text.Append(line).Append('\n');

    public void Description(string? description, string indent)
    {
        if (description is null)
        {
            return;
        }

        // A block string drops leading/trailing blank lines and common indentation on parse: use a
        // plain string for the descriptions that would not survive that round trip.
        var lines = description.Split('\n');
        var blockSafe = !description.Contains("\"\"\"", StringComparison.Ordinal)
            && !description.Contains('\r')
            && description.Length > 0
            && !char.IsWhiteSpace(description[0]) && !char.IsWhiteSpace(description[^1]);
        if (!blockSafe)
        {
            Line(indent + DirectiveValues.FormatString(description));
            return;
        }

        if (lines.Length == 1 && !description.EndsWith('"'))
        {
            Line(indent + "\"\"\"" + description + "\"\"\"");
            return;
        }

        Line(indent + "\"\"\"");
        foreach (var line in lines)
        {
            Line(line.Length == 0 ? string.Empty : indent + line);
        }

        Line(indent + "\"\"\"");
    }

    public static string Directive(GraphQLDirective directive) => SdlText.Print(directive).TrimEnd();

    public static string Value(GraphQLValue value) => SdlText.Print(value).TrimEnd();

    public static string Directives(IEnumerable<string> directives)
    {
        var text = string.Join(" ", directives);
        return text.Length == 0 ? string.Empty : " " + text;
    }

    public override string ToString() => _text.ToString();
}
