using Fascicolo.Domain.SyntheticCity.Permits;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>The <c>PermitDesk</c> enum.</summary>
internal sealed class PermitDeskGraphType : EnumerationGraphType<PermitDesk>
{
    /// <summary>Names the enum.</summary>
    public PermitDeskGraphType()
    {
        Name = "PermitDesk";
        Description = "The desk that handles a procedure: SUE (sportello unico per l'edilizia) or SUAP (sportello unico per le attività produttive).";
    }
}
