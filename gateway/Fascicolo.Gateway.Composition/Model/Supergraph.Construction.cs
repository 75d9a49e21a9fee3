namespace Fascicolo.Gateway.Composition;

// The one constructor both the reader and the composer go through: it seals every type so the
// lookups are ready before anyone can see the instance.
public sealed partial class Supergraph
{
    internal Supergraph(SupergraphParts parts)
    {
        Subgraphs = [.. parts.Subgraphs];
        _subgraphsByName = parts.Subgraphs.ToDictionary(s => s.Name, StringComparer.Ordinal);
        QueryType = parts.QueryType;
        MutationType = parts.MutationType;
        SubscriptionType = parts.SubscriptionType;
        TypeList = [.. parts.Types];
        _types = parts.Types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        Links = [.. parts.Links];
        DirectiveDefinitions = [.. parts.DirectiveDefinitions];
        JoinDirectives = [.. parts.JoinDirectives];
        SpecDefinitions = [.. parts.SpecDefinitions];

        foreach (var type in parts.Types)
        {
            type.Seal(PossibleTypesOf(type));
        }

        _apiSchema = new Lazy<GraphQLParser.AST.GraphQLDocument>(() => ApiSchemaBuilder.Build(this));
        _apiSchemaSdl = new Lazy<string>(() => ApiSchemaBuilder.BuildSdl(this));
        _sdl = new Lazy<string>(() => SupergraphPrinter.Print(this));
    }

    /// <summary>Definitions belonging to linked specs other than link and join, as read (empty for a composed supergraph).</summary>
    internal IReadOnlyList<GraphQLParser.AST.ASTNode> SpecDefinitions { get; }

    private List<string> PossibleTypesOf(SupergraphType type) => type.Kind switch
    {
        SupergraphTypeKind.Object => [type.Name],
        SupergraphTypeKind.Union => [.. type.UnionMemberList],
        SupergraphTypeKind.Interface => [.. TypeList.Where(t => t.Kind == SupergraphTypeKind.Object && ImplementsTransitively(t, type.Name, 0)).Select(t => t.Name)],
        _ => [],
    };

    private bool ImplementsTransitively(SupergraphType type, string iface, int depth)
    {
        // Interfaces may implement interfaces (GraphQL 2021); the depth bound guards against a cyclic hand-written supergraph.
        if (depth > 32)
        {
            return false;
        }

        foreach (var name in type.InterfaceList)
        {
            if (name == iface || (_types.TryGetValue(name, out var parent) && ImplementsTransitively(parent, iface, depth + 1)))
            {
                return true;
            }
        }

        return false;
    }
}
