using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>The mutable pieces the reader or the composer gathers before a <see cref="Supergraph"/> is built from them.</summary>
internal sealed class SupergraphParts
{
    public List<SubgraphEndpoint> Subgraphs { get; } = [];

    public string QueryType { get; set; } = "Query";

    public string? MutationType { get; set; }

    public string? SubscriptionType { get; set; }

    public List<SupergraphType> Types { get; } = [];

    public List<SpecLink> Links { get; } = [];

    public List<GraphQLDirectiveDefinition> DirectiveDefinitions { get; } = [];

    public List<JoinDirective> JoinDirectives { get; } = [];

    /// <summary>Directive and type definitions of the linked specs besides link and join, kept verbatim so printing loses none.</summary>
    public List<ASTNode> SpecDefinitions { get; } = [];
}
