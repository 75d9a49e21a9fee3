using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>
/// A stub of the <c>PaymentPosition</c> entity (a pagoPA debt position), which the payments subgraph
/// owns: only its key is known here, declared not resolvable.
/// </summary>
internal sealed class PaymentPositionGraphType : ObjectGraphType<string>
{
    /// <summary>Declares the key field; the source is the IUPD.</summary>
    public PaymentPositionGraphType()
    {
        Name = "PaymentPosition";
        this.Key("iupd", resolvable: false);
        Field<NonNullGraphType<IdGraphType>>("iupd").Resolve(context => context.Source);
    }
}
