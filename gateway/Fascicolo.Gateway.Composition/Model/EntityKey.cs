namespace Fascicolo.Gateway.Composition;

/// <summary>A key of an entity in one subgraph (<c>@key(fields: "...", resolvable: ...)</c>).</summary>
/// <param name="Fields">The key's field set: what a representation sent to <c>_entities</c> must contain besides <c>__typename</c>.</param>
/// <param name="IsResolvable">Whether the subgraph resolves the entity by this key; when false the subgraph only references the entity.</param>
public sealed record EntityKey(FieldSet Fields, bool IsResolvable);
