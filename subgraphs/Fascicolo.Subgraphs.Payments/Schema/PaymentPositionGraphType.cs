using Fascicolo.Domain.Payments.Positions;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Payments.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>The <c>PaymentPosition</c> entity: a GPD debt position, owned here and keyed by IUPD.</summary>
internal sealed class PaymentPositionGraphType : ObjectGraphType<PositionRecord>
{
    /// <summary>Declares the fields, the federation key and the reference resolver.</summary>
    public PaymentPositionGraphType()
    {
        Name = "PaymentPosition";
        Description = "A debt position on pagoPA (GPD model): what a debtor owes a creditor, payable through one or more notices.";

        this.Key("iupd");
        this.ResolveReference<PaymentPositionReference, PositionRecord>(
            (context, reference) => PositionsByIupd.Loader.Load(context, reference.Iupd)!);
        // A company's position has its 11-digit code as subject: no citizen matches it, offices still read it audited.
        this.DataSubject(position => position.DebtorFiscalCode);

        Field<NonNullGraphType<IdGraphType>>("iupd").Description("The creditor's id of the position (IUPD), e.g. 'TARI-2025-0000042'.").Resolve(c => c.Source.Iupd);
        Field<NonNullGraphType<PaymentServiceGraphType>>("service").Description("What the position is for.").Resolve(c => c.Source.Service);
        Field<NonNullGraphType<PaymentDebtorTypeGraphType>>("type").Description("The kind of debtor: F person, G company.").Resolve(c => c.Source.DebtorType);
        Field<NonNullGraphType<StringGraphType>>("fiscalCode").Description("The debtor's fiscal code (16 characters for a person, 11 digits for a company).").Resolve(c => c.Source.DebtorFiscalCode);
        Field<NonNullGraphType<StringGraphType>>("fullName").Description("The debtor's name.").Resolve(c => c.Source.DebtorFullName);
        Field<CitizenGraphType>("debtor")
            .Description("The debtor as a citizen of the graph; null when the debtor is a company.")
            .Resolve(c => c.Source.DebtorType == DebtorType.NaturalPerson ? c.Source.DebtorFiscalCode : null);
        Field<NonNullGraphType<StringGraphType>>("organizationFiscalCode").Description("The creditor's fiscal code, e.g. '00856930102'.").Resolve(c => c.Source.OrganizationFiscalCode);
        Field<NonNullGraphType<StringGraphType>>("companyName").Description("The creditor's name, e.g. 'Comune di Genova'.").Resolve(c => c.Source.CompanyName);
        Field<StringGraphType>("officeName").Description("The creditor's office in charge.").Resolve(c => c.Source.OfficeName);
        Field<NonNullGraphType<StringGraphType>>("description").Description("The causale shown to the debtor.").Resolve(c => c.Source.Description);
        Field<DateOnlyGraphType>("publishDate").Description("The day the position was published; null for a draft.").Resolve(c => c.Source.PublishDate);
        Field<DateOnlyGraphType>("validityDate").Description("The day it becomes payable; null when payable on publication.").Resolve(c => c.Source.ValidityDate);
        Field<NonNullGraphType<BooleanGraphType>>("switchToExpired")
            .Description("Whether it expires after its last due date (true) or stays payable late (false).")
            .Resolve(c => c.Source.SwitchToExpired);
        Field<NonNullGraphType<PaymentPositionStatusGraphType>>("status")
            .Description("The status today: the recorded one, valid from the validity date, expired after the last due date when switchToExpired.")
            .Resolve(c => c.Source.StatusOn(c.Today()));
        Field<NonNullGraphType<BooleanGraphType>>("isPayable")
            .Description("Whether the position takes payments today (VALID or PARTIALLY_PAID).")
            .Resolve(c => IsPayable(c.Source.StatusOn(c.Today())));
        Field<DateTimeGraphType>("paymentDate").Description("When the payment that settled it was made (UTC).").Resolve(c => c.Source.PaymentDate);
        Field<NonNullGraphType<DateTimeGraphType>>("lastUpdatedDate").Description("When the position last changed (UTC).").Resolve(c => c.Source.LastUpdatedDate);
        Field<NonNullGraphType<MoneyGraphType>>("amount")
            .Description("The debt: the full option's amount, or the instalments' sum when there is no full option.")
            .Resolve(c => new Money(c.Source.Amounts.TotalCents));
        Field<NonNullGraphType<MoneyGraphType>>("paidAmount").Description("What has been paid.").Resolve(c => new Money(c.Source.Amounts.PaidCents));
        Field<NonNullGraphType<MoneyGraphType>>("amountDue")
            .Description("What is left to pay: the unpaid instalments once one is paid, nothing once settled.")
            .Resolve(c => new Money(c.Source.Amounts.DueCents));
        Field<DateOnlyGraphType>("nextDueDate").Description("The earliest due date among the options still open; null once settled.").Resolve(c => c.Source.Amounts.NextDueDate);
        Field<NonNullGraphType<DateOnlyGraphType>>("maxDueDate").Description("The latest due date of any option.").Resolve(c => c.Source.Amounts.MaxDueDate);
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue")
            .Description("Whether it takes payments today, something is left to pay and the earliest open due date has passed (late, not expired).")
            .Resolve(c => IsPayable(c.Source.StatusOn(c.Today())) && c.Source.Amounts.IsOverdueOn(c.Today()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentOptionGraphType>>>>("paymentOptions")
            .Description("The ways to pay it: one full option, instalments, or both as alternatives; each is a notice.")
            .Resolve(c => c.Source.Options.Select(o => new PositionOption(c.Source, o)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentReceiptGraphType>>>>("receipts")
            .Description("The receipts of its payments, oldest first.")
            .Resolve(c => ReceiptsByIupd.Loader.LoadMany(c, c.Source.Iupd));

        // Every field but the key tells something about the debtor; the key is what a caller already holds
        // (paymentPosition(iupd:), an assessment's reference), so it stays readable.
        foreach (var field in Fields.Where(f => f.Name != "iupd"))
        {
            field.PersonalData(PersonalDataCategory.Common);
        }
    }

    private static bool IsPayable(DebtPositionStatus status) => status is DebtPositionStatus.Valid or DebtPositionStatus.PartiallyPaid;
}
