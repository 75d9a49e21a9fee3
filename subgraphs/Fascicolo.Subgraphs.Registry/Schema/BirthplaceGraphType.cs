using Fascicolo.Domain.FiscalCodes;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>The <c>Birthplace</c> type: a municipality or foreign state from the national archive.</summary>
internal sealed class BirthplaceGraphType : ObjectGraphType<Birthplace>
{
    /// <summary>Declares the fields.</summary>
    public BirthplaceGraphType()
    {
        Name = "Birthplace";
        Description = "A municipality or foreign state where a person was born.";
        Field("code", b => b.Code).Description("The Belfiore (cadastral) code, e.g. 'D969'; 'Z' and three digits for a foreign state.");
        Field("name", b => b.Name).Description("The name, upper case as in the national archive, e.g. 'GENOVA'.");
        Field("province", b => b.Province, nullable: true).Description("The province abbreviation, e.g. 'GE'; null for a foreign state.");
        Field("isForeignState", b => b.IsForeignState).Description("Whether this is a foreign state.");
    }
}
