using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Fascicolo.Gateway.Composition;

/// <summary>
/// A parsed federation field set such as <c>id organization { id }</c> (the value of <c>@key</c>,
/// <c>@requires</c> and <c>@provides</c>). Immutable; the <see cref="Selection"/> AST must not be mutated.
/// </summary>
public sealed class FieldSet
{
    private FieldSet(string text, GraphQLSelectionSet selection)
    {
        Text = text;
        Selection = selection;
    }

    /// <summary>The field set as written in the schema.</summary>
    public string Text { get; }

    /// <summary>The field set parsed as a selection set (fields, and inline fragments on abstract types).</summary>
    public GraphQLSelectionSet Selection { get; }

    /// <summary>Parses a field set.</summary>
    /// <param name="text">The field set text, without surrounding braces.</param>
    /// <exception cref="FormatException">The text is not a valid selection.</exception>
    public static FieldSet Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        GraphQLDocument document;
        try
        {
            document = Parser.Parse("{" + text + "}", new ParserOptions { Ignore = IgnoreOptions.All });
        }
        catch (GraphQLParserException ex)
        {
            throw new FormatException($"Invalid field set \"{text}\": {ex.Description}", ex);
        }

        var selection = document.Definitions is [GraphQLOperationDefinition { SelectionSet: { } set }]
            ? set
            : throw new FormatException($"Invalid field set \"{text}\".");
        return new FieldSet(text, selection);
    }

    /// <summary>The top-level field names of the selection, in order (fragments are looked through).</summary>
    public IEnumerable<string> TopLevelFieldNames() => FieldNames(Selection);

    /// <inheritdoc/>
    public override string ToString() => Text;

    private static IEnumerable<string> FieldNames(GraphQLSelectionSet set)
    {
        foreach (var selection in set.Selections)
        {
            if (selection is GraphQLField field)
            {
                yield return field.Name.StringValue;
            }
            else if (selection is GraphQLInlineFragment { SelectionSet: { } inner })
            {
                foreach (var name in FieldNames(inner))
                {
                    yield return name;
                }
            }
        }
    }
}
