using Fascicolo.Subgraphs.Registry.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>The <c>IdentityDocumentType</c> enum.</summary>
internal sealed class IdentityDocumentTypeGraphType : EnumerationGraphType<DocumentType>
{
    /// <summary>Names the enum.</summary>
    public IdentityDocumentTypeGraphType()
    {
        Name = "IdentityDocumentType";
        Description = "The kinds of identity document.";
    }
}
