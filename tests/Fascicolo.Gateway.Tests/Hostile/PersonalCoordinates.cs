using GraphQLParser;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>
/// The fields the subgraphs themselves treat as personal (the kit's rule: <c>@personalData</c> on the
/// field, or on its type in the same subgraph), read from each running subgraph's SDL; and the
/// entities' key fields, which reveal nothing their reference did not (see <see cref="IsKey"/>).
/// </summary>
internal sealed class PersonalCoordinates
{
    private const string Directive = "personalData";

    private readonly HashSet<string> _personal = new(StringComparer.Ordinal);
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    /// <param name="sdls">Every subgraph's SDL (<c>_service { sdl }</c>).</param>
    public PersonalCoordinates(IEnumerable<string> sdls)
    {
        foreach (var sdl in sdls)
        {
            var document = Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.All });
            foreach (var definition in document.Definitions)
            {
                var (name, directives, fields) = definition switch
                {
                    GraphQLObjectTypeDefinition type => (type.Name.StringValue, type.Directives, type.Fields),
                    GraphQLObjectTypeExtension type => (type.Name.StringValue, type.Directives, type.Fields),
                    GraphQLInterfaceTypeDefinition type => (type.Name.StringValue, type.Directives, type.Fields),
                    _ => (null, null, null),
                };
                if (name is null || fields is null)
                {
                    continue;
                }

                var typeMarked = Carries(directives, Directive);
                foreach (var field in fields)
                {
                    if (typeMarked || Carries(field.Directives, Directive))
                    {
                        _personal.Add($"{name}.{field.Name.StringValue}");
                    }
                }

                foreach (var key in directives?.Items.Where(d => d.Name.StringValue == "key") ?? [])
                {
                    if (key.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "fields")?.Value is GraphQLStringValue { } keyFields
                        && keyFields.Value.ToString() is var text && !text.Contains(' ', StringComparison.Ordinal))
                    {
                        _keys.Add($"{name}.{text}");
                    }
                }
            }
        }
    }

    /// <summary>How many personal coordinates the subgraphs declare.</summary>
    public int Count => _personal.Count;

    /// <summary>Whether some subgraph treats <c>Type.field</c> as personal.</summary>
    public bool IsPersonal(string coordinate) => _personal.Contains(coordinate);

    /// <summary>
    /// Whether <c>Type.field</c> is an entity's (single-field) key. A key travels in the reference that
    /// reached the object (a field of another subgraph, itself checked) or comes from the request's own
    /// argument, and whichever subgraph supplies it may not be the one that marks it: so keys are not
    /// expected in the access log on their own.
    /// </summary>
    public bool IsKey(string coordinate) => _keys.Contains(coordinate);

    private static bool Carries(GraphQLDirectives? directives, string name) =>
        directives?.Items.Any(d => d.Name.StringValue == name) ?? false;
}
