using Fascicolo.Subgraphs.Territory.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>CadastralUnitKind</c> enum.</summary>
internal sealed class CadastralUnitKindGraphType : EnumerationGraphType<CadastralUnitKind>
{
    /// <summary>Names the enum.</summary>
    public CadastralUnitKindGraphType()
    {
        Name = "CadastralUnitKind";
        Description = "What a cadastral unit is.";
    }
}
