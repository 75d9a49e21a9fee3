namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>One step of a procedure's history: the state it reached, when, and who moved it.</summary>
/// <param name="State">The state the procedure reached.</param>
/// <param name="Transition">The transition taken; null for the submission that opened the procedure.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who: the applicant's fiscal code, or the officer's account name.</param>
/// <param name="Note">What the officer wrote (the missing documents, the reasons), or null.</param>
public sealed record ProcedureStep(
    ProcedureState State,
    ProcedureTransition? Transition,
    DateTimeOffset At,
    string Actor,
    string? Note);
