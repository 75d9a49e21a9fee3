using Fascicolo.Domain.SyntheticCity.Education;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>The <c>SchoolService</c> enum.</summary>
internal sealed class SchoolServiceGraphType : EnumerationGraphType<SchoolService>
{
    /// <summary>Names the enum.</summary>
    public SchoolServiceGraphType()
    {
        Name = "SchoolService";
        Description = "A service the Comune provides to an enrolled child: canteen, pre-school, after-school, nursery time.";
    }
}
