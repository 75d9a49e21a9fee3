using Fascicolo.Domain.SyntheticCity.Permits;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>The <c>ProcedureState</c> enum.</summary>
internal sealed class ProcedureStateGraphType : EnumerationGraphType<ProcedureState>
{
    /// <summary>Names the enum.</summary>
    public ProcedureStateGraphType()
    {
        Name = "ProcedureState";
        Description = "Where a procedure stands in its workflow.";
    }
}
