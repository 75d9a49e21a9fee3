namespace Fascicolo.Gateway.Composition;

/// <summary>Why composition failed, with where.</summary>
/// <param name="Code">The stable code of the rule that failed (e.g. <c>INVALID_FIELD_SHARING</c>), as Apollo names it where Apollo has one.</param>
/// <param name="Message">A message for a person.</param>
/// <param name="Coordinate">The schema coordinate involved (<c>Type</c>, <c>Type.field</c> or <c>Type.field(arg:)</c>), or <see langword="null"/>.</param>
/// <param name="Subgraphs">The subgraphs involved.</param>
public sealed record CompositionError(string Code, string Message, string? Coordinate, IReadOnlyList<string> Subgraphs)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"[{Code}] {Message}" + (Subgraphs.Count > 0 ? $" (subgraphs: {string.Join(", ", Subgraphs)})" : string.Empty);
}
