namespace Fascicolo.Gateway.Composition;

/// <summary>
/// Composes subgraph SDLs (Federation 2, or Federation 1) into a <see cref="Supergraph"/> in named
/// phases — validate sources, merge, post-merge checks, satisfiability — stopping at the first phase
/// that reports errors.
/// </summary>
/// <remarks>See <see href="https://www.apollographql.com/docs/graphos/schema-design/federated-schemas/reference/composition-rules"/>.</remarks>
public static class SupergraphComposer
{
    /// <summary>Composes the subgraphs.</summary>
    /// <param name="sources">The subgraphs; their order does not matter (they are sorted by name).</param>
    /// <returns>The supergraph, or the errors of the first failing phase.</returns>
    public static CompositionResult Compose(IEnumerable<SubgraphSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var ordered = sources.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        var errors = new List<CompositionError>();
        if (ordered.Count == 0)
        {
            return Fail([new CompositionError("NO_SUBGRAPHS", "No subgraph to compose.", null, [])]);
        }

        foreach (var duplicate in ordered.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new CompositionError("INVALID_SUBGRAPH_NAME", $"Two subgraphs are named \"{duplicate.Key}\".", null, [duplicate.Key]));
        }

        var subgraphs = ordered.Select(s => SubgraphParser.Parse(s, errors)).OfType<SubgraphSchema>().ToList();
        if (errors.Count > 0)
        {
            return Fail(errors);
        }

        var context = new CompositionContext(subgraphs);
        if (!RunPhase(context, CompositionPhase.ValidateSources) || !RunPhase(context, CompositionPhase.Merge))
        {
            return Fail(context.Errors);
        }

        context.Supergraph = SupergraphMerger.Merge(context);
        if (!RunPhase(context, CompositionPhase.PostMerge) || !RunPhase(context, CompositionPhase.Satisfiability))
        {
            return Fail(context.Errors);
        }

        return new CompositionResult(context.Supergraph, []);
    }

    private static bool RunPhase(CompositionContext context, CompositionPhase phase)
    {
        foreach (var rule in CompositionRules.All.Where(r => r.Phase == phase))
        {
            rule.Validate(context);
        }

        return context.Errors.Count == 0;
    }

    private static CompositionResult Fail(IReadOnlyList<CompositionError> errors) => new(null, [.. errors]);
}
