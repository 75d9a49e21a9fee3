using Fascicolo.Domain.SyntheticCity.Education;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>The <c>SchoolManagement</c> enum.</summary>
internal sealed class SchoolManagementGraphType : EnumerationGraphType<SchoolManagement>
{
    /// <summary>Names the enum.</summary>
    public SchoolManagementGraphType()
    {
        Name = "SchoolManagement";
        Description = "Who runs a school: the state (an istituto comprensivo) or the Comune.";
    }
}
