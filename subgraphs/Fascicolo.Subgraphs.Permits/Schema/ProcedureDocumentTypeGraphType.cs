using Fascicolo.Domain.SyntheticCity.Permits;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>The <c>ProcedureDocumentType</c> enum.</summary>
internal sealed class ProcedureDocumentTypeGraphType : EnumerationGraphType<ProcedureDocumentType>
{
    /// <summary>Names the enum.</summary>
    public ProcedureDocumentTypeGraphType()
    {
        Name = "ProcedureDocumentType";
        Description = "What a document filed with a procedure is.";
    }
}
