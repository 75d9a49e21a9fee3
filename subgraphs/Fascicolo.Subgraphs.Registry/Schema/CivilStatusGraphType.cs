using Fascicolo.Subgraphs.Registry.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>The <c>CivilStatus</c> type: an ANPR civil status code with its labels.</summary>
internal sealed class CivilStatusGraphType : ObjectGraphType<CivilStatus>
{
    /// <summary>Declares the fields.</summary>
    public CivilStatusGraphType()
    {
        Name = "CivilStatus";
        Description = "A civil status (stato civile) as ANPR codes it.";
        Field("code", s => s.Code).Description("The ANPR code: 1 single, 2 married, 3 widowed, 4 divorced, 6 civil union…");
        Field("label", s => s.Label).Description("The English label, e.g. 'married'.");
        Field("italianLabel", s => s.ItalianLabel).Description("The Italian label, e.g. 'coniugato/a'.");
    }
}
