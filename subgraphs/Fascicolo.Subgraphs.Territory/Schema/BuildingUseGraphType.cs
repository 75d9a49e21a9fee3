using Fascicolo.Domain.SyntheticCity;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>BuildingUse</c> enum.</summary>
internal sealed class BuildingUseGraphType : EnumerationGraphType<BuildingUse>
{
    /// <summary>Names the enum.</summary>
    public BuildingUseGraphType()
    {
        Name = "BuildingUse";
        Description = "What a building is mainly used for.";
    }
}
