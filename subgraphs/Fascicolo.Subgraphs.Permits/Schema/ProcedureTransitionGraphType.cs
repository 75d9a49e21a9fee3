using Fascicolo.Domain.SyntheticCity.Permits;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>The <c>ProcedureTransition</c> enum.</summary>
internal sealed class ProcedureTransitionGraphType : EnumerationGraphType<ProcedureTransition>
{
    /// <summary>Names the enum.</summary>
    public ProcedureTransitionGraphType()
    {
        Name = "ProcedureTransition";
        Description = "A step of the workflow: START_REVIEW (SUBMITTED to UNDER_REVIEW), REQUEST_INTEGRATION (UNDER_REVIEW to INTEGRATION_REQUESTED), "
            + "RECEIVE_INTEGRATION (INTEGRATION_REQUESTED to UNDER_REVIEW, the term restarts), APPROVE (UNDER_REVIEW to APPROVED), "
            + "REJECT (UNDER_REVIEW or INTEGRATION_REQUESTED to REJECTED).";
    }
}
