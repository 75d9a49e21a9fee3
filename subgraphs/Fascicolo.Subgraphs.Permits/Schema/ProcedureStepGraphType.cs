using Fascicolo.Subgraphs.Permits.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>The <c>ProcedureStep</c> type: one step of a procedure's history.</summary>
internal sealed class ProcedureStepGraphType : ObjectGraphType<ProcedureStepRecord>
{
    /// <summary>Declares the fields.</summary>
    public ProcedureStepGraphType()
    {
        Name = "ProcedureStep";
        Description = "A step of a procedure's history: the state it reached, when, who took it and what they wrote.";
        Field("sequence", s => s.Sequence).Description("1 for the submission, then one more per step; the procedure's version after this step.");
        Field<NonNullGraphType<ProcedureStateGraphType>>("state").Description("The state the procedure reached.").Resolve(context => context.Source.State);
        Field<ProcedureTransitionGraphType>("transition").Description("The transition taken; null for the submission.").Resolve(context => context.Source.Transition);
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When it happened.").Resolve(context => context.Source.At.UtcDateTime);
        Field("actor", s => s.Actor).Description("Who took it: the applicant's fiscal code, or the operator's account name.");
        Field("note", s => s.Note, nullable: true).Description("What was written: the missing documents, the reasons of a rejection…");
    }
}
