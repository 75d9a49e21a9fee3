namespace Fascicolo.Gateway.Composition;

/// <summary>The outcome of <see cref="SupergraphComposer.Compose"/>: a supergraph, or the errors of the first failing phase.</summary>
/// <param name="Supergraph">The composed supergraph, or <see langword="null"/> when <see cref="Errors"/> is not empty.</param>
/// <param name="Errors">The errors; empty on success.</param>
public sealed record CompositionResult(Supergraph? Supergraph, IReadOnlyList<CompositionError> Errors)
{
    /// <summary>Whether composition succeeded.</summary>
    public bool IsSuccess => Supergraph is not null && Errors.Count == 0;
}
