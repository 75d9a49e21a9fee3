using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>The state of reading one supergraph document.</summary>
internal sealed partial class ReadContext
{
    private readonly GraphQLDocument _document;
    private readonly LinkedSpecs _links;
    private readonly JoinNames _names;
    private readonly Dictionary<string, string> _subgraphByEnumValue = new(StringComparer.Ordinal);

    public ReadContext(GraphQLDocument document, LinkedSpecs links, JoinNames names)
    {
        _document = document;
        _links = links;
        _names = names;
    }

    public SupergraphParts Parts { get; } = new();

    public void ReadGraphs()
    {
        var graphEnum = _document.Definitions.OfType<GraphQLEnumTypeDefinition>().FirstOrDefault(e => e.Name.StringValue == _names.GraphEnum)
            ?? throw new SupergraphReadException(SupergraphReadErrorCodes.InvalidGraphEnum, $"The enum {_names.GraphEnum} is missing.");
        foreach (var value in graphEnum.Values?.Items ?? [])
        {
            var enumValue = value.Name.StringValue;
            var graph = DirectiveValues.Named(value, _names.Graph).FirstOrDefault()
                ?? throw new SupergraphReadException(SupergraphReadErrorCodes.InvalidGraphEnum, $"{_names.GraphEnum}.{enumValue} has no @{_names.Graph}.");
            var name = DirectiveValues.String(graph, "name") ?? enumValue.ToLowerInvariant();
            var url = DirectiveValues.String(graph, "url");
            Uri? uri = string.IsNullOrWhiteSpace(url) ? null : Uri.TryCreate(url, UriKind.RelativeOrAbsolute, out var parsed) ? parsed : null;
            if (!_subgraphByEnumValue.TryAdd(enumValue, name))
            {
                throw new SupergraphReadException(SupergraphReadErrorCodes.InvalidGraphEnum, $"{_names.GraphEnum}.{enumValue} is declared twice.");
            }

            Parts.Subgraphs.Add(new SubgraphEndpoint(name, enumValue, uri));
        }
    }

    public void ReadRootTypes()
    {
        var operations = _document.Definitions
            .SelectMany(d => d switch
            {
                GraphQLSchemaDefinition def => def.OperationTypes,
                GraphQLSchemaExtension ext => ext.OperationTypes ?? [],
                _ => [],
            })
            .ToList();
        string? Root(OperationType operation, string fallback) =>
            operations.FirstOrDefault(o => o.Operation == operation)?.Type?.Name.StringValue
            ?? (operations.Count == 0 && HasType(fallback) ? fallback : null);

        Parts.QueryType = Root(OperationType.Query, "Query")
            ?? throw new SupergraphReadException(SupergraphReadErrorCodes.MissingQueryType, "The supergraph has no query root type.");
        Parts.MutationType = Root(OperationType.Mutation, "Mutation");
        Parts.SubscriptionType = Root(OperationType.Subscription, "Subscription");
    }

    public void ReadSchemaLevel()
    {
        foreach (var spec in _links.All)
        {
            if (spec.Identity is not (LinkedSpecs.LinkIdentity or LinkedSpecs.JoinIdentity or LinkedSpecs.CoreIdentity))
            {
                Parts.Links.Add(new SpecLink(spec.Url, spec.As, spec.Purpose, spec.Imports));
            }
        }

        foreach (var definition in _document.Definitions.OfType<GraphQLDirectiveDefinition>())
        {
            var name = definition.Name.StringValue;
            // Custom specs (composed directives) stay client-visible; the specs.apollo.dev ones are plumbing.
            if (!BuiltInDirectives.Contains(name) && !_links.All.Any(s => s.IsApolloSpec && s.Owns(name, isDirective: true)) && name != _links.LinkDirective)
            {
                Parts.DirectiveDefinitions.Add(definition);
            }
            else if (IsOtherSpec(name, isDirective: true))
            {
                Parts.SpecDefinitions.Add(definition);
            }
        }

        Parts.SpecDefinitions.AddRange(_document.Definitions.OfType<GraphQLTypeDefinition>().Where(t => IsOtherSpec(t.Name.StringValue, isDirective: false)));

        var schemaDirectives = _document.Definitions
            .SelectMany(d => d switch
            {
                GraphQLSchemaDefinition def => def.Directives?.Items ?? [],
                GraphQLSchemaExtension ext => ext.Directives?.Items ?? [],
                _ => [],
            });
        Parts.JoinDirectives.AddRange(schemaDirectives.Where(d => d.Name.StringValue == _names.Directive).Select(ReadJoinDirective));
    }

    internal static readonly HashSet<string> BuiltInDirectives = new(StringComparer.Ordinal) { "deprecated", "specifiedBy", "include", "skip", "oneOf", "defer", "stream" };

    private bool IsOtherSpec(string name, bool isDirective) =>
        _links.All.Any(s => s.Identity is not (LinkedSpecs.LinkIdentity or LinkedSpecs.JoinIdentity or LinkedSpecs.CoreIdentity) && s.Owns(name, isDirective));

    private bool HasType(string name) =>
        _document.Definitions.OfType<GraphQLTypeDefinition>().Any(t => t.Name.StringValue == name);

    private string Subgraph(GraphQLDirective directive, string argument)
    {
        var value = DirectiveValues.EnumOrString(directive, argument)
            ?? throw new SupergraphReadException(SupergraphReadErrorCodes.InvalidSupergraph, $"@{directive.Name.StringValue} lacks its {argument} argument.");
        return _subgraphByEnumValue.TryGetValue(value, out var name)
            ? name
            : throw new SupergraphReadException(SupergraphReadErrorCodes.UnknownGraph, $"@{directive.Name.StringValue} names graph {value}, which {_names.GraphEnum} does not declare.");
    }

    private JoinDirective ReadJoinDirective(GraphQLDirective directive)
    {
        var graphs = DirectiveValues.Argument(directive, "graphs") is GraphQLListValue { Values: { } values }
            ? values.OfType<GraphQLEnumValue>().Select(v => _subgraphByEnumValue.GetValueOrDefault(v.Name.StringValue, v.Name.StringValue)).ToList()
            : [];
        return new JoinDirective(graphs, DirectiveValues.String(directive, "name") ?? string.Empty, DirectiveValues.Argument(directive, "args") as GraphQLObjectValue);
    }

    private static FieldSet? ParseFieldSet(GraphQLDirective directive, string argument, string coordinate)
    {
        var text = DirectiveValues.String(directive, argument);
        if (text is null)
        {
            return null;
        }

        try
        {
            return FieldSet.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new SupergraphReadException(SupergraphReadErrorCodes.InvalidFieldSet, $"{coordinate}: {ex.Message}", ex);
        }
    }
}
