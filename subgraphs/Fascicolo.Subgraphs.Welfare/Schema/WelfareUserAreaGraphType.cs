using Fascicolo.Domain.SyntheticCity.Welfare;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>The <c>WelfareUserArea</c> enum: the nomenclatore's user areas, each with its SIUSS area.</summary>
internal sealed class WelfareUserAreaGraphType : EnumerationGraphType<WelfareUserArea>
{
    /// <summary>Names the enum and describes its values.</summary>
    public WelfareUserAreaGraphType()
    {
        Name = "WelfareUserArea";
        Description = "The user area (area di utenza) of a benefit or case.";
        foreach (var area in Enum.GetValues<WelfareUserArea>())
        {
            var value = Values.FindByValue(area)!;
            value.Description = $"{area.ItalianLabel()} (SIUSS area {area.SiussArea()}).";
        }
    }
}
