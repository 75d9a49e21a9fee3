using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>
/// A stub of the <c>Building</c> entity, which the territory subgraph owns: permits only knows its
/// key, declared not resolvable here (and without <c>@external</c>, which Federation v2 rejects on keys).
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
