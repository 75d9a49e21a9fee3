using Fascicolo.Domain.SyntheticCity.Education;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>The <c>SchoolOrder</c> enum.</summary>
internal sealed class SchoolOrderGraphType : EnumerationGraphType<SchoolOrder>
{
    /// <summary>Names the enum.</summary>
    public SchoolOrderGraphType()
    {
        Name = "SchoolOrder";
        Description = "The order (grado) of a school.";
    }
}
