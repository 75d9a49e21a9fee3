using Fascicolo.Gateway.Trust;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Payments.Receipts;
using GraphQL;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>The payments subgraph's root <c>Mutation</c> fields.</summary>
internal sealed class MutationGraphType : ObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public MutationGraphType()
    {
        Name = "Mutation";

        Field<RecordPaymentReceiptPayloadGraphType>("recordPaymentReceipt")
            .Description(
                "Records a receipt as the nodo reports a successful payment (the PSP's sendPaymentOutcome, outcome OK): the receipt, " +
                "the option's and the position's status are written in one transaction. Recording the same receipt again returns " +
                "it unchanged; the same receipt id with other content fails with RECEIPT_CONFLICT. Other failures: " +
                "INVALID_NOTICE_NUMBER, NOTICE_NOT_FOUND, INVALID_AMOUNT, AMOUNT_MISMATCH, OPTION_ALREADY_PAID, POSITION_NOT_PAYABLE.")
            .Argument<NonNullGraphType<PaymentReceiptInputGraphType>>("input", "The receipt.")
            // The pagoPA node's callback (a service) or a payments desk recording a receipt by hand; never a citizen.
            .RequireRole(CallerRoles.Service, CallerRoles.Operator)
            .ResolveAsync(async context =>
            {
                var clock = context.Clock();
                var request = context.GetArgument<PaymentReceiptInput>("input").Validate(clock.Now);
                var recorder = context.RequestServices!.GetRequiredService<ReceiptRecorder>();
                return await recorder.RecordAsync(request, context.CancellationToken).ConfigureAwait(false);
            });
    }
}
