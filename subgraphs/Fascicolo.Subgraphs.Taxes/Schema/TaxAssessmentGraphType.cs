using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Taxes.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>The <c>TaxAssessment</c> entity, owned by the taxes subgraph and keyed by id: every field but the key is the taxpayer's personal data.</summary>
internal sealed class TaxAssessmentGraphType : ObjectGraphType<TaxAssessmentRecord>
{
    /// <summary>Declares the fields, the federation key and the reference resolver.</summary>
    public TaxAssessmentGraphType()
    {
        Name = "TaxAssessment";
        Description = "An assessment (avviso di accertamento) for an unpaid, short-paid or late-paid year: the tax still due, a 30% sanction on what was not paid on time, and legal interest day by day.";
        this.Key("id");
        this.ResolveReference<TaxAssessmentReference, TaxAssessmentRecord>((context, reference) => TaxAssessmentsById.Loader.Load(context, reference.Id)!);
        this.DataSubject(a => a.FiscalCode);

        Field<NonNullGraphType<IdGraphType>>("id").Description("The id, e.g. 'AVV-TARI-2024-0000001'.").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<CitizenGraphType>>("taxpayer").Description("The taxpayer.").Resolve(context => new CitizenKey(context.Source.FiscalCode));
        Field<NonNullGraphType<TaxKindGraphType>>("tax").Description("The tax assessed.").Resolve(context => context.Source.Tax);
        Field("year", a => a.Year).Description("The tax year assessed.");
        Field<NonNullGraphType<TaxAssessmentReasonGraphType>>("reason").Description("Why it was issued.").Resolve(context => context.Source.Reason);
        Field<NonNullGraphType<DateOnlyGraphType>>("notifiedOn").Description("The day it was notified; interest on unpaid amounts runs up to it.").Resolve(context => context.Source.NotifiedOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("dueDate").Description("The last day to pay it: 60 days after notification.").Resolve(context => context.Source.DueOn);
        this.MoneyField("taxDue", a => a.TaxDueCents).Description("The year's tax.");
        this.MoneyField("taxPaid", a => a.TaxPaidCents).Description("What had been paid of it before notification, on time or late.");
        this.MoneyField("unpaidTax", a => a.UnpaidTaxCents).Description("The tax still unpaid, which the assessment claims.");
        this.MoneyField("sanction", a => a.SanctionCents).Description("30% of every amount not paid by its deadline (art. 13 D.Lgs. 471/1997).");
        this.MoneyField("interest", a => a.InterestCents).Description("Legal interest, day by day, up to payment or notification.");
        this.MoneyField("total", a => a.TotalCents).Description("What the taxpayer is asked to pay: unpaid tax, sanction and interest. The payment position's amount.");
        Field<NonNullGraphType<TaxAssessmentStatusGraphType>>("status")
            .Description("Where it stands today.")
            .Resolve(context => context.Source.StatusOn(context.RequestServices!.GetRequiredService<TaxesClock>().Today));
        Field<DateOnlyGraphType>("paidOn").Description("The day it was paid, or null.").Resolve(context => context.Source.PaidOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaxAssessmentItemGraphType>>>>("items")
            .Description("The year's instalments, each with what was paid, what is missing, and its sanction and interest.")
            .Resolve(context => TaxAssessmentItemsByAssessment.Loader.LoadMany(context, context.Source.Id));
        Field<NonNullGraphType<PaymentPositionGraphType>>("paymentPosition")
            .Description("The pagoPA debt position it is paid through, owned by the payments subgraph.")
            .Resolve(context => context.Source.Iupd);

        // The key is what the caller (or a guarded list) already gave.
        foreach (var field in Fields.Where(f => f.Name != "id"))
        {
            field.PersonalData(PersonalDataCategory.Common);
        }
    }
}
