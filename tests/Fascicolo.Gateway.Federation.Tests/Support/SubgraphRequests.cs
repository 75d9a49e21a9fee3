namespace Fascicolo.Gateway.Federation.Tests.Support;

/// <summary>What the subgraphs of a suite received for one operation.</summary>
/// <param name="Counts">Requests per subgraph.</param>
/// <param name="Log">Each request (subgraph, document, variables), in arrival order.</param>
public sealed record SubgraphRequests(IReadOnlyDictionary<string, int> Counts, IReadOnlyList<string> Log)
{
    /// <summary>All requests, every subgraph together.</summary>
    public int Total => Counts.Values.Sum();

    /// <summary>The counts as <c>products=1 inventory=1</c>, zeros left out.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Join(' ', Counts.Where(c => c.Value > 0).Select(c => $"{c.Key}={c.Value}"));
}
