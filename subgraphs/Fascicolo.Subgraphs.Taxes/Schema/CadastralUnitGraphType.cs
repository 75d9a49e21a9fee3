using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>
/// A stub of the <c>CadastralUnit</c> entity, which the territory subgraph owns: the taxes subgraph
/// only knows its key, declared not resolvable here (and not <c>@external</c>).
/// </summary>
internal sealed class CadastralUnitGraphType : ObjectGraphType<string>
{
    /// <summary>Declares the key field; the source is the unit id.</summary>
    public CadastralUnitGraphType()
    {
        Name = "CadastralUnit";
        this.Key("id", resolvable: false);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source);
    }
}
