using Fascicolo.Domain.SyntheticCity.Education;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>The <c>SchoolInstitute</c> type: an istituto comprensivo.</summary>
internal sealed class SchoolInstituteGraphType : ObjectGraphType<SchoolInstitute>
{
    /// <summary>Declares the fields.</summary>
    public SchoolInstituteGraphType()
    {
        Name = "SchoolInstitute";
        Description = "An istituto comprensivo: the state institution that runs the preschools, primary and lower secondary schools of an area.";
        Field<NonNullGraphType<IdGraphType>>("code").Description("Its meccanografico code, e.g. 'GEIC80100D'.").Resolve(context => context.Source.Code);
        Field("name", i => i.Name).Description("Its name, e.g. 'Istituto Comprensivo Albaro'.");
    }
}
