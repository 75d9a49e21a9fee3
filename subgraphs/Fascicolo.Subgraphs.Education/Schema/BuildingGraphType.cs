using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>
/// A stub of the <c>Building</c> entity, which the territory subgraph owns: a school is housed in
/// one, referenced by key only (not resolvable here, and no <c>@external</c> on the key).
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
