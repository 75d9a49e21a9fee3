using GraphQL.Types;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>The <c>AdvanceProcedureInput</c> input; see <see cref="AdvanceProcedureInput"/>.</summary>
internal sealed class AdvanceProcedureInputGraphType : InputObjectGraphType<AdvanceProcedureInput>
{
    /// <summary>Declares the fields.</summary>
    public AdvanceProcedureInputGraphType()
    {
        Name = "AdvanceProcedureInput";
        Description = "One step of a procedure's workflow, taken by an operator.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The procedure id, e.g. 'PRC-0000001'.");
        Field<NonNullGraphType<ProcedureTransitionGraphType>>("transition").Description("The transition to take; see Procedure.allowedTransitions.");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion")
            .Description("The procedure's version as the operator last read it: the step is refused with VERSION_CONFLICT if anyone advanced it since.");
        Field<NonNullGraphType<StringGraphType>>("operator")
            .Description($"The operator's account name, recorded as the step's actor (1 to {AdvanceProcedureInput.MaxOperatorLength} of letters, digits, '.', '_', '-', '@').");
        Field<StringGraphType>("note")
            .Description($"What the operator writes (at most {AdvanceProcedureInput.MaxNoteLength} characters); required for REQUEST_INTEGRATION and REJECT.");
    }
}
