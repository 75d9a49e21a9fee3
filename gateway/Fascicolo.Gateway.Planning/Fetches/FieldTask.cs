using Fascicolo.Gateway.Planning.Operations;

namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>
/// One field to resolve at a position, for a set of runtime types: what is left of a selection set
/// once fragments are walked and abstract fields are split per type where the subgraph needs it.
/// </summary>
/// <param name="Field">The selection.</param>
/// <param name="ParentType">The type the field is selected on: an object type, or an interface when <paramref name="OnAbstract"/>.</param>
/// <param name="Condition">The fragment to write the field in, relative to the position (null: directly).</param>
/// <param name="RuntimeTypes">The runtime types the field is selected for.</param>
/// <param name="OnAbstract">Whether the field is selected on the interface itself: the subgraph resolves it locally for every runtime type.</param>
internal sealed record FieldTask(OpField Field, string ParentType, string? Condition, IReadOnlyList<string> RuntimeTypes, bool OnAbstract);
