using Fascicolo.Gateway.Planning.Graph;

namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>How one field is resolved: in the current fetch, or by an entity fetch to another subgraph.</summary>
/// <param name="HopTo">The subgraph to enter with an entity fetch; null to stay in the current fetch.</param>
/// <param name="Transition">The field as the resolving subgraph declares it; null when nothing can resolve it.</param>
/// <param name="Cost">The estimated number of extra fetches for the field and its subtree.</param>
internal readonly record struct Resolution(string? HopTo, FieldTransition? Transition, int Cost)
{
    /// <summary>Whether no subgraph reachable from here resolves the field.</summary>
    public bool IsUnresolvable => Transition is null;
}

/// <summary>The ways a field can be resolved at a position, before any cost is estimated.</summary>
/// <param name="Local">The field as the current subgraph resolves it itself, or null.</param>
/// <param name="Candidates">The subgraphs that resolve it and can be entered by a key, in supergraph order.</param>
/// <param name="IsLeaf">Whether the field has no sub-selections.</param>
/// <param name="Purpose">Why the field is selected.</param>
internal sealed record FieldOptions(FieldTransition? Local, IReadOnlyList<FieldTransition> Candidates, bool IsLeaf, SelectionPurpose Purpose)
{
    /// <summary>Whether there is no choice to make (one way, or a leaf the current subgraph resolves).</summary>
    public bool IsForced => Local is not null ? IsLeaf || Candidates.Count == 0 : Candidates.Count <= 1;
}
