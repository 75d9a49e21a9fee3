using Fascicolo.Domain.SyntheticCity.Permits;

namespace Fascicolo.Subgraphs.Permits.Data;

/// <summary>A validated request to move a procedure one step through its workflow.</summary>
/// <param name="ProcedureId">The procedure.</param>
/// <param name="Transition">The transition to take.</param>
/// <param name="ExpectedVersion">The version the operator saw; the step only applies while the procedure is still at it.</param>
/// <param name="Operator">Who takes the step (an account name, recorded as the step's actor).</param>
/// <param name="Note">What the operator writes, or null.</param>
internal sealed record AdvanceRequest(
    string ProcedureId,
    ProcedureTransition Transition,
    int ExpectedVersion,
    string Operator,
    string? Note);
