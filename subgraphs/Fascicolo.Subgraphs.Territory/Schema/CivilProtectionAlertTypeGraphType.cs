using Fascicolo.Domain.SyntheticCity.Territory;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>CivilProtectionAlertType</c> enum.</summary>
internal sealed class CivilProtectionAlertTypeGraphType : EnumerationGraphType<AlertType>
{
    /// <summary>Names the enum.</summary>
    public CivilProtectionAlertTypeGraphType()
    {
        Name = "CivilProtectionAlertType";
        Description = "What a weather alert is for: rain (hydrogeological), thunderstorms or snow.";
    }
}
