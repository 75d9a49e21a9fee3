using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Permits.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>The <c>ProcedureFee</c> type: a fee of a procedure and the pagoPA position charging it.</summary>
internal sealed class ProcedureFeeGraphType : ObjectGraphType<ProcedureFeeRecord>
{
    /// <summary>Declares the fields.</summary>
    public ProcedureFeeGraphType()
    {
        Name = "ProcedureFee";
        Description = "A fee of a procedure (diritti di istruttoria), charged as a pagoPA debt position.";
        Field("description", f => f.Description).Description("The causale, e.g. 'Diritti di istruttoria SUE - CILA - PG/2025/0123456'.");
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("The amount the city's tariff sets for the procedure's kind.").Resolve(context => context.Source.Amount);
        Field<NonNullGraphType<PaymentPositionGraphType>>("paymentPosition")
            .Description("The debt position; the payments subgraph says whether it is paid.")
            .Resolve(context => context.Source.Iupd);
    }
}
