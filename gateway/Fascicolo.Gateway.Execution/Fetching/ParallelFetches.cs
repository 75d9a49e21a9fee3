using System.Runtime.CompilerServices;
using Fascicolo.Gateway.Planning;

namespace Fascicolo.Gateway.Execution.Fetching;

/// <summary>
/// How a query plan's parallel node runs: the entity fetches among its children that go to one subgraph
/// as one <see cref="MergedEntityFetch"/>, every other child as it is.
/// </summary>
/// <remarks>
/// Only children that are entity fetches themselves merge: they all collect their objects when the
/// node starts, as they would alone. Fetches nested in a child sequence start later, after a fetch of
/// their own, and keep their own request. Mutation plans never merge (see <see cref="FetchRunner.IsQuery"/>).
/// </remarks>
internal sealed class ParallelFetches
{
    // Plans are cached, so each parallel node is grouped once and reused by every request.
    private static readonly ConditionalWeakTable<ParallelNode, ParallelFetches> Groupings = [];

    private ParallelFetches(IReadOnlyList<PlanNode> alone, IReadOnlyList<MergedEntityFetch> merged)
    {
        Alone = alone;
        Merged = merged;
    }

    /// <summary>The children that run on their own.</summary>
    public IReadOnlyList<PlanNode> Alone { get; }

    /// <summary>The entity fetches that run together, per subgraph.</summary>
    public IReadOnlyList<MergedEntityFetch> Merged { get; }

    /// <summary>The grouping of <paramref name="node"/>.</summary>
    public static ParallelFetches For(ParallelNode node) => Groupings.GetValue(node, Group);

    private static ParallelFetches Group(ParallelNode node)
    {
        var merged = node.Nodes
            .OfType<FlattenNode>()
            .Where(flatten => flatten.Fetch.EntitySelection is not null)
            .GroupBy(flatten => flatten.Fetch.Subgraph, StringComparer.Ordinal)
            .SelectMany(group => group.Chunk(MergedEntityFetch.MaxFetches))
            .Where(chunk => chunk.Length > 1)
            .Select(chunk => new MergedEntityFetch(chunk))
            .ToList();
        var inMerged = new HashSet<PlanNode>(merged.SelectMany(m => m.Fetches), ReferenceEqualityComparer.Instance);
        return new ParallelFetches([.. node.Nodes.Where(child => !inMerged.Contains(child))], merged);
    }
}
