namespace Fascicolo.Gateway.Composition;

/// <summary>
/// That a field is declared in one subgraph, with what federation says about it there
/// (one per <c>@join__field(graph: ...)</c>, or implied when the field has no <c>@join__field</c>).
/// </summary>
/// <param name="Subgraph">The subgraph name.</param>
/// <param name="Requires">The fields of the parent entity the subgraph needs in the representation to resolve this field (<c>@requires</c>), or <see langword="null"/>.</param>
/// <param name="Provides">The sub-selection of the field's type the subgraph returns along with it although those fields are <c>@external</c> there (<c>@provides</c>), or <see langword="null"/>.</param>
/// <param name="IsExternal">Whether the field is <c>@external</c> in the subgraph: it cannot be fetched there, except where a <see cref="Provides"/> on the path says so.</param>
/// <param name="OverrideFrom">The subgraph this field was taken over from with <c>@override(from:)</c>, or <see langword="null"/>.</param>
/// <param name="UsedOverridden">Whether this subgraph lost the field to an <c>@override</c> yet still uses it (as a key or a requirement): fetch it from here only to build keys.</param>
/// <param name="TypeInSubgraph">The field's type in the subgraph when it differs from the supergraph's (e.g. non-null there, nullable in the supergraph), else <see langword="null"/>.</param>
/// <param name="OverrideLabel">The progressive-override label (<c>@override(label:)</c>), or <see langword="null"/>. A planner may ignore labels and treat the override as complete.</param>
public sealed record FieldSource(
    string Subgraph,
    FieldSet? Requires,
    FieldSet? Provides,
    bool IsExternal,
    string? OverrideFrom,
    bool UsedOverridden,
    string? TypeInSubgraph,
    string? OverrideLabel = null)
{
    /// <summary>Whether a plain selection of the field can be fetched from this subgraph (not external, not lost to an override).</summary>
    public bool IsResolvable => !IsExternal && !UsedOverridden;
}
