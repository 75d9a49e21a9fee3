using Fascicolo.Domain.SyntheticCity.Territory;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>CivilProtectionAlertColour</c> enum.</summary>
internal sealed class CivilProtectionAlertColourGraphType : EnumerationGraphType<AlertColour>
{
    /// <summary>Names the enum.</summary>
    public CivilProtectionAlertColourGraphType()
    {
        Name = "CivilProtectionAlertColour";
        Description = "The colour of a weather alert; green (no alert) is never issued.";
    }
}
