using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>
/// A composed federated graph: its subgraphs, its types with the subgraphs that define and resolve
/// them, and the client-facing API schema. Built by <see cref="SupergraphReader"/> or
/// <see cref="SupergraphComposer"/>; immutable and safe to share between threads.
/// </summary>
public sealed partial class Supergraph
{
    private readonly Dictionary<string, SubgraphEndpoint> _subgraphsByName;
    private readonly Dictionary<string, SupergraphType> _types;
    private readonly Lazy<GraphQLDocument> _apiSchema;
    private readonly Lazy<string> _apiSchemaSdl;
    private readonly Lazy<string> _sdl;

    /// <summary>The subgraphs, in <c>join__Graph</c> order.</summary>
    public IReadOnlyList<SubgraphEndpoint> Subgraphs { get; }

    /// <summary>The name of the query root type.</summary>
    public string QueryType { get; }

    /// <summary>The name of the mutation root type, or <see langword="null"/>.</summary>
    public string? MutationType { get; }

    /// <summary>The name of the subscription root type, or <see langword="null"/>.</summary>
    public string? SubscriptionType { get; }

    /// <summary>
    /// Every named type by name, except the built-in scalars and the plumbing of the linked specs
    /// (<c>join__*</c>, <c>link__*</c>, …). Inaccessible types are included (see <see cref="SupergraphType.IsInaccessible"/>).
    /// </summary>
    public IReadOnlyDictionary<string, SupergraphType> Types => _types;

    /// <summary>The types in declaration order.</summary>
    public IReadOnlyList<SupergraphType> TypeList { get; }

    /// <summary>The specs linked besides <c>link</c> and <c>join</c> (e.g. <c>inaccessible</c>, <c>tag</c>, custom specs of composed directives).</summary>
    public IReadOnlyList<SpecLink> Links { get; }

    /// <summary>Definitions of directives that are not federation plumbing: composed directives and executable directives every subgraph knows.</summary>
    public IReadOnlyList<GraphQLDirectiveDefinition> DirectiveDefinitions { get; }

    /// <summary>Subgraph directives carried by <c>@join__directive</c> on the schema (e.g. subgraph <c>@link</c>s).</summary>
    public IReadOnlyList<JoinDirective> JoinDirectives { get; }

    /// <summary>The client-facing schema: no federation plumbing, no <c>@inaccessible</c> elements; keeps descriptions, <c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>.</summary>
    public GraphQLDocument ApiSchema => _apiSchema.Value;

    /// <summary><see cref="ApiSchema"/> printed as SDL.</summary>
    public string ApiSchemaSdl => _apiSchemaSdl.Value;

    /// <summary>The supergraph printed in the join format (see <see cref="SupergraphPrinter"/>).</summary>
    public string Sdl => _sdl.Value;

    /// <summary>The subgraph with that name.</summary>
    /// <exception cref="KeyNotFoundException">No subgraph has that name.</exception>
    public SubgraphEndpoint GetSubgraph(string name) =>
        _subgraphsByName.TryGetValue(name, out var subgraph)
            ? subgraph
            : throw new KeyNotFoundException($"The supergraph has no subgraph \"{name}\".");

    /// <summary>Finds a subgraph by name.</summary>
    public bool TryGetSubgraph(string name, out SubgraphEndpoint subgraph) =>
        _subgraphsByName.TryGetValue(name, out subgraph!);

    /// <summary>Finds a type by name (built-in scalars are not found: see <see cref="TypeReferences.IsBuiltInScalar"/>).</summary>
    public bool TryGetType(string name, out SupergraphType type) => _types.TryGetValue(name, out type!);

    /// <summary>The type with that name.</summary>
    /// <exception cref="KeyNotFoundException">No type has that name.</exception>
    public SupergraphType GetRequiredType(string name) =>
        _types.TryGetValue(name, out var type)
            ? type
            : throw new KeyNotFoundException($"The supergraph has no type \"{name}\".");

    /// <summary>The root type name of an operation type, or <see langword="null"/> when the graph has none.</summary>
    public string? RootTypeName(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };
}
