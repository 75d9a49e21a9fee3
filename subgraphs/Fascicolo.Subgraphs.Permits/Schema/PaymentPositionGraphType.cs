using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>
/// A stub of the <c>PaymentPosition</c> entity (a pagoPA debt position), which the payments subgraph
/// owns: permits only knows its IUPD, declared as a key that is not resolvable here.
/// </summary>
internal sealed class PaymentPositionGraphType : ObjectGraphType<string>
{
    /// <summary>Declares the key field; the source is the IUPD.</summary>
    public PaymentPositionGraphType()
    {
        Name = "PaymentPosition";
        Description = "A pagoPA debt position; the payments subgraph resolves its status, notices and receipts.";
        this.Key("iupd", resolvable: false);
        Field<NonNullGraphType<IdGraphType>>("iupd").Description("The position's number, e.g. 'PRAT-2025-0000001'.").Resolve(context => context.Source);
    }
}
