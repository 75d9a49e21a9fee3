namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>One row of the workflow table: <paramref name="Transition"/> moves a procedure from <paramref name="From"/> to <paramref name="To"/>.</summary>
/// <param name="From">The state the transition applies to.</param>
/// <param name="Transition">The transition.</param>
/// <param name="To">The state it leads to.</param>
public sealed record ProcedureStateChange(ProcedureState From, ProcedureTransition Transition, ProcedureState To);
