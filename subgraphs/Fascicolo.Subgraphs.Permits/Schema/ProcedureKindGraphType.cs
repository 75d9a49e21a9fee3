using Fascicolo.Domain.SyntheticCity.Permits;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>The <c>ProcedureKind</c> enum.</summary>
internal sealed class ProcedureKindGraphType : EnumerationGraphType<ProcedureKind>
{
    /// <summary>Names the enum.</summary>
    public ProcedureKindGraphType()
    {
        Name = "ProcedureKind";
        Description = "The kind of a procedure: CILA, building SCIA, building permit (SUE); SCIA or ordinary authorisation (SUAP).";
    }
}
