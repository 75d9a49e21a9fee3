namespace Fascicolo.Gateway.Composition;

// Older join versions (v0.2 has no @join__unionMember) and hand-written supergraphs leave some
// join directives out; the spec then means "in every subgraph that has both types".
internal sealed partial class ReadContext
{
    private void ApplyAbstractDefaults()
    {
        var subgraphsByType = Parts.Types.ToDictionary(
            t => t.Name,
            t => t.MembershipList.Select(m => m.Subgraph).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        bool Defines(string type, string subgraph) => subgraphsByType.TryGetValue(type, out var set) && set.Contains(subgraph);

        foreach (var type in Parts.Types)
        {
            var subgraphs = subgraphsByType[type.Name];
            if (type.ImplementsList.Count == 0 && type.InterfaceList.Count > 0)
            {
                type.ImplementsList.AddRange(
                    from subgraph in subgraphs
                    from iface in type.InterfaceList
                    where Defines(iface, subgraph)
                    select (subgraph, iface));
            }

            if (type.UnionMemberInList.Count == 0 && type.UnionMemberList.Count > 0)
            {
                type.UnionMemberInList.AddRange(
                    from subgraph in subgraphs
                    from member in type.UnionMemberList
                    where Defines(member, subgraph)
                    select (subgraph, member));
            }
        }
    }

    private void CheckRootTypes()
    {
        foreach (var root in new[] { Parts.QueryType, Parts.MutationType, Parts.SubscriptionType })
        {
            if (root is not null && !Parts.Types.Any(t => t.Name == root && t.Kind == SupergraphTypeKind.Object))
            {
                throw new SupergraphReadException(
                    root == Parts.QueryType ? SupergraphReadErrorCodes.MissingQueryType : SupergraphReadErrorCodes.InvalidType,
                    $"The root type {root} is not defined as an object type.");
            }
        }
    }
}
