namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>
/// Set while planning the inputs of an entity fetch (its key and <c>@requires</c> fields): the
/// planner then claims non-colliding response keys, and records every fetch that writes an input,
/// since the entity fetch must wait for all of them.
/// </summary>
internal sealed class InputCollector(SelectionPurpose purpose)
{
    /// <summary>Key or requirement.</summary>
    public SelectionPurpose Purpose { get; } = purpose;

    /// <summary>The fetches writing some input.</summary>
    public HashSet<FetchGroup> Providers { get; init; } = [];
}
