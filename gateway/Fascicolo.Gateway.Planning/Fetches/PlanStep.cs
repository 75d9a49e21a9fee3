namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>The shape of a plan before fetch ids and documents exist: sequences, parallels and groups.</summary>
internal abstract record PlanStep
{
    public static PlanStep Fetch(FetchGroup group) => new FetchStep(group);

    /// <summary>A sequence, flattening nested sequences and skipping a wrapper around one step.</summary>
    public static PlanStep Sequence(IReadOnlyList<PlanStep> steps)
    {
        var flat = steps.SelectMany(s => s is SequenceStep inner ? inner.Steps : [s]).ToList();
        return flat.Count == 1 ? flat[0] : new SequenceStep(flat);
    }

    /// <summary>A parallel, flattening nested parallels and skipping a wrapper around one step.</summary>
    public static PlanStep Parallel(IReadOnlyList<PlanStep> steps)
    {
        var flat = steps.SelectMany(s => s is ParallelStep inner ? inner.Steps : [s]).ToList();
        return flat.Count == 1 ? flat[0] : new ParallelStep(flat);
    }
}

/// <summary>Run one group.</summary>
internal sealed record FetchStep(FetchGroup Group) : PlanStep;

/// <summary>Run steps in order.</summary>
internal sealed record SequenceStep(IReadOnlyList<PlanStep> Steps) : PlanStep;

/// <summary>Run steps concurrently.</summary>
internal sealed record ParallelStep(IReadOnlyList<PlanStep> Steps) : PlanStep;
