using Fascicolo.Domain.SyntheticCity.Permits;
using Npgsql;

namespace Fascicolo.Subgraphs.Permits.Data;

/// <summary>A row of <c>procedure_step</c>: one step of a procedure's history.</summary>
/// <param name="ProcedureId">The procedure.</param>
/// <param name="Sequence">1 for the submission, then one more per step: the procedure's version after it.</param>
/// <param name="State">The state reached.</param>
/// <param name="Transition">The transition taken; null for the submission.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who: the applicant's fiscal code or the operator's account name.</param>
/// <param name="Note">What was written, or null.</param>
internal sealed record ProcedureStepRecord(
    string ProcedureId,
    int Sequence,
    ProcedureState State,
    ProcedureTransition? Transition,
    DateTimeOffset At,
    string Actor,
    string? Note)
{
    /// <summary>The select list <see cref="Read"/> expects, over <c>procedure_step</c> aliased <c>s</c>.</summary>
    public const string Columns = "s.procedure_id, s.sequence, s.state, s.transition, s.at, s.actor, s.note";

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static ProcedureStepRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetInt32(1),
        (ProcedureState)reader.GetInt16(2),
        reader.IsDBNull(3) ? null : (ProcedureTransition)reader.GetInt16(3),
        reader.GetFieldValue<DateTimeOffset>(4),
        reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetString(6));
}
