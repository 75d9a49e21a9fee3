using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Fascicolo.Gateway.Composition;

/// <summary>Parses a subgraph SDL into a <see cref="SubgraphSchema"/>, resolving the federation directive names.</summary>
internal sealed partial class SubgraphParser
{
    /// <summary>Federation's own types and fields, which a subgraph SDL may or may not include.</summary>
    private static readonly HashSet<string> FederationTypes = new(StringComparer.Ordinal)
    {
        "_Service", "_Any", "_Entity", "_FieldSet", "FieldSet", "link__Import", "link__Purpose", "link__FieldSet",
    };

    private readonly SubgraphSchema _schema;
    private readonly LinkedSpecs _links;
    private readonly FederationNames _names;
    private readonly Dictionary<string, string> _rootRenames = new(StringComparer.Ordinal);

    private SubgraphParser(SubgraphSchema schema, LinkedSpecs links, FederationNames names) => (_schema, _links, _names) = (schema, links, names);

    /// <summary>Parses a source; a syntax error becomes an <c>INVALID_GRAPHQL</c> composition error.</summary>
    public static SubgraphSchema? Parse(SubgraphSource source, List<CompositionError> errors)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(source.Sdl, new ParserOptions { Ignore = IgnoreOptions.All });
        }
        catch (GraphQLParserException ex)
        {
            errors.Add(new CompositionError("INVALID_GRAPHQL", $"[{source.Name}] {ex.Message}", null, [source.Name]));
            return null;
        }

        var links = LinkedSpecs.Read(document);
        var names = FederationNames.For(links);
        var schema = new SubgraphSchema(source.Name, source.Url, names.Spec is null ? 1 : 2);
        var parser = new SubgraphParser(schema, links, names);
        parser.ReadSchemaDefinitions(document);
        foreach (var definition in document.Definitions)
        {
            parser.ReadDefinition(definition);
        }

        return schema;
    }

    private void ReadSchemaDefinitions(GraphQLDocument document)
    {
        foreach (var definition in document.Definitions)
        {
            var (operations, directives) = definition switch
            {
                GraphQLSchemaDefinition def => (def.OperationTypes, def.Directives?.Items),
                GraphQLSchemaExtension ext => (ext.OperationTypes ?? [], ext.Directives?.Items),
                _ => (null, null),
            };
            foreach (var operation in operations ?? [])
            {
                // A subgraph may name its roots freely; the supergraph uses the standard names.
                var standard = operation.Operation switch { OperationType.Mutation => "Mutation", OperationType.Subscription => "Subscription", _ => "Query" };
                _rootRenames[operation.Type!.Name.StringValue] = standard;
            }

            foreach (var directive in directives ?? [])
            {
                if (_names.ElementOf(directive.Name.StringValue) == "composeDirective" && DirectiveValues.String(directive, "name") is { } composed)
                {
                    _schema.ComposedDirectives.Add(composed.TrimStart('@'));
                }
            }
        }

        _schema.OtherLinks.AddRange(_links.All.Where(l => l.Identity is not (LinkedSpecs.FederationIdentity or LinkedSpecs.LinkIdentity)));
    }

    private void ReadDefinition(ASTNode definition)
    {
        if (definition is GraphQLDirectiveDefinition directive)
        {
            ReadDirectiveDefinition(directive);
            return;
        }

        if (TypeNode.From(definition) is not { } node || IsFederationType(node.Name))
        {
            return;
        }

        var name = _rootRenames.GetValueOrDefault(node.Name, node.Name);
        if (!_schema.Types.TryGetValue(name, out var type))
        {
            type = new SubgraphTypeDef(name, node.Kind);
            _schema.Types.Add(name, type);
            _schema.TypeList.Add(type);
        }

        ReadType(type, node);
    }

    private void ReadDirectiveDefinition(GraphQLDirectiveDefinition definition)
    {
        var name = definition.Name.StringValue;
        if (_names.ElementOf(name) is { } element)
        {
            _schema.FederationDefinitions.Add((element, definition));
        }
        else if (!ReadContext.BuiltInDirectives.Contains(name) && !_links.All.Any(l => l.IsApolloSpec && l.Owns(name, isDirective: true)) && name != _links.LinkDirective && name != "link")
        {
            _schema.DirectiveDefinitions.Add(definition);
        }
    }

    private bool IsFederationType(string name) =>
        FederationTypes.Contains(name) || _links.All.Any(l => l.IsApolloSpec && l.Owns(name, isDirective: false));
}
