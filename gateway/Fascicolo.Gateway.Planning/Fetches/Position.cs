using Fascicolo.Gateway.Planning.Operations;

namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>Where selections are being planned: one position of the response, inside one fetch group.</summary>
/// <param name="Group">The fetch that returns the objects at this position.</param>
/// <param name="Target">Where this position's selections go in the group's document.</param>
/// <param name="Path">The response path to this position.</param>
/// <param name="Type">The static type here, as the group's subgraph sees it.</param>
/// <param name="RuntimeTypes">The object types the group's subgraph can return here.</param>
/// <param name="Provided">What a <c>@provides</c> on the way here lets the group's subgraph return although external; null for nothing.</param>
/// <param name="Whole">When <paramref name="Target"/> is a type's fragment, the selection of the whole position; else null.</param>
internal sealed record Position(
    FetchGroup Group,
    SelectionSetBuilder Target,
    PlanPath Path,
    string Type,
    IReadOnlyList<string> RuntimeTypes,
    OpSelectionSet? Provided,
    SelectionSetBuilder? Whole = null)
{
    /// <summary>The selection of the whole position, whatever the runtime type: where <c>__typename</c> goes.</summary>
    public SelectionSetBuilder Level => Whole ?? Target;

    /// <summary>The subgraph of <see cref="Group"/>.</summary>
    public string Subgraph => Group.Subgraph;
}
