using GraphQL.Types;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>The <c>AdvanceProcedurePayload</c> type.</summary>
internal sealed class AdvanceProcedurePayloadGraphType : ObjectGraphType<AdvanceProcedurePayload>
{
    /// <summary>Declares the fields.</summary>
    public AdvanceProcedurePayloadGraphType()
    {
        Name = "AdvanceProcedurePayload";
        Description = "The outcome of a step taken.";
        Field<NonNullGraphType<ProcedureGraphType>>("procedure").Description("The procedure after the step, at its new version.").Resolve(context => context.Source.Procedure);
        Field<NonNullGraphType<ProcedureStepGraphType>>("step").Description("The step just recorded.").Resolve(context => context.Source.Step);
    }
}
