using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>
/// A stub of the <c>Building</c> entity, which the territory subgraph owns: the registry only
/// knows its key, so it declares the key as not resolvable here (no <c>_entities</c> for it, and
/// no <c>@external</c> on the key field, which Federation v2 would reject).
/// </summary>
internal sealed class BuildingGraphType : ObjectGraphType<string>
{
    /// <summary>Declares the key field; the source is the building id.</summary>
    public BuildingGraphType()
    {
        Name = "Building";
        this.Key("id", resolvable: false);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source);
    }
}
