namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>
/// The state machine of every procedure, SUE and SUAP alike: the whole transition table is
/// <see cref="Changes"/>, and nothing else decides whether a transition is allowed.
/// </summary>
public static class ProcedureWorkflow
{
    /// <summary>The state every procedure starts in.</summary>
    public const ProcedureState InitialState = ProcedureState.Submitted;

    /// <summary>
    /// Every allowed transition. A procedure is reviewed, possibly sent back for integration any
    /// number of times, and concluded from review; it may also be rejected while waiting for an
    /// integration that never comes. Approved and rejected are final.
    /// </summary>
    public static IReadOnlyList<ProcedureStateChange> Changes { get; } =
    [
        new(ProcedureState.Submitted, ProcedureTransition.StartReview, ProcedureState.UnderReview),
        new(ProcedureState.UnderReview, ProcedureTransition.RequestIntegration, ProcedureState.IntegrationRequested),
        new(ProcedureState.IntegrationRequested, ProcedureTransition.ReceiveIntegration, ProcedureState.UnderReview),
        new(ProcedureState.UnderReview, ProcedureTransition.Approve, ProcedureState.Approved),
        new(ProcedureState.UnderReview, ProcedureTransition.Reject, ProcedureState.Rejected),
        new(ProcedureState.IntegrationRequested, ProcedureTransition.Reject, ProcedureState.Rejected),
    ];

    /// <summary>The state <paramref name="transition"/> leads to from <paramref name="from"/>, when the table allows it.</summary>
    /// <param name="from">The current state.</param>
    /// <param name="transition">The requested transition.</param>
    /// <param name="to">The next state, when allowed.</param>
    /// <returns>Whether the transition is allowed.</returns>
    public static bool TryAdvance(ProcedureState from, ProcedureTransition transition, out ProcedureState to)
    {
        foreach (var change in Changes)
        {
            if (change.From == from && change.Transition == transition)
            {
                to = change.To;
                return true;
            }
        }
        to = from;
        return false;
    }

    /// <summary>The transitions allowed from a state, in table order; none for a concluded procedure.</summary>
    public static IReadOnlyList<ProcedureTransition> AllowedFrom(ProcedureState state) =>
        [.. Changes.Where(c => c.From == state).Select(c => c.Transition)];

    /// <summary>Whether a state is final (no transition leaves it).</summary>
    public static bool IsConcluded(ProcedureState state) => !Changes.Any(c => c.From == state);

    /// <summary>
    /// Whether the officer must write a note: an integration request says what is missing, and a
    /// rejection states its reasons (L. 241/1990 art. 10-bis).
    /// </summary>
    public static bool RequiresNote(ProcedureTransition transition) =>
        transition is ProcedureTransition.RequestIntegration or ProcedureTransition.Reject;
}
