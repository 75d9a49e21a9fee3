using Fascicolo.Subgraphs.Registry.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>The <c>Municipality</c> type: a comune of the metropolitan area.</summary>
internal sealed class MunicipalityGraphType : ObjectGraphType<MunicipalityRecord>
{
    /// <summary>Declares the fields.</summary>
    public MunicipalityGraphType()
    {
        Name = "Municipality";
        Description = "A municipality (comune).";
        Field("istatCode", m => m.IstatCode).Description("The six-digit ISTAT code, e.g. '010025'.");
        Field("belfioreCode", m => m.BelfioreCode).Description("The Belfiore (cadastral) code, e.g. 'D969'.");
        Field("name", m => m.Name).Description("The official name, e.g. 'Genova'.");
        Field("province", m => m.Province).Description("The province abbreviation, e.g. 'GE'.");
    }
}
