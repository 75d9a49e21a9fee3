using Fascicolo.Domain.Payments.Notices;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Payments.Data;
using GraphQL;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>The payments subgraph's root <c>Query</c> fields.</summary>
internal sealed class QueryGraphType : ObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public QueryGraphType()
    {
        Name = "Query";

        Field<PaymentPositionGraphType>("paymentPosition")
            .Description("The debt position with this IUPD, or null when none.")
            .Argument<NonNullGraphType<IdGraphType>>("iupd", "The IUPD, e.g. 'TARI-2025-0000042'.")
            .Resolve(context => PositionsByIupd.Loader.Load(context, context.GetArgument<string>("iupd")));

        Field<PaymentOptionGraphType>("paymentNotice")
            .Description(
                "The payment option a notice number (codice avviso) pays, as a PSP verifies it before taking a payment. " +
                "A malformed number or wrong check digits fail with INVALID_NOTICE_NUMBER (extensions.reason says which); " +
                "a well-formed number no creditor of the hub issued fails with NOTICE_NOT_FOUND.")
            .Argument<NonNullGraphType<StringGraphType>>("nav", "The 18-digit notice number; spaces as printed on paper notices are ignored.")
            .Resolve(context =>
            {
                var nav = context.GetArgument<string>("nav");
                if (!NoticeNumber.TryParse(nav, out var notice, out var error))
                {
                    throw new CodedError(
                        PaymentsErrorCodes.InvalidNoticeNumber,
                        $"'{nav}' is not a valid notice number: {error.Describe()}",
                        new Dictionary<string, object?> { ["reason"] = error.ToCode() });
                }

                return OptionsByIuv.Loader.Load(context, notice.Iuv).Then(option => option ?? throw new CodedError(
                    PaymentsErrorCodes.NoticeNotFound, $"No creditor of the hub issued the notice number {notice.Value}."));
            });

        Field<NonNullGraphType<DebtorPositionGraphType>>("debtorPosition")
            .Description("The debt position of any debtor, a person (16 characters) or a company (11 digits); a code with no positions has an empty one.")
            .Argument<NonNullGraphType<StringGraphType>>("fiscalCode", "The debtor's fiscal code.")
            .Resolve(context =>
            {
                var fiscalCode = DebtorFiscalCodes.Validate(context.GetArgument<string>("fiscalCode"), "fiscalCode");
                var today = context.Today();
                return PositionsByDebtor.Loader.LoadMany(context, fiscalCode).Then(positions => DebtorPosition.From(fiscalCode, positions, today));
            });
    }
}
