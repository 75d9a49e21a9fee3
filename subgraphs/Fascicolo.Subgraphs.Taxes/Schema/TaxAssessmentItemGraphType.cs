using Fascicolo.Domain.Taxes.Assessments;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>The <c>TaxAssessmentItem</c> type: one instalment of an assessed year.</summary>
internal sealed class TaxAssessmentItemGraphType : ObjectGraphType<(string AssessmentId, AssessedInstalment Item)>
{
    /// <summary>Declares the fields.</summary>
    public TaxAssessmentItemGraphType()
    {
        Name = "TaxAssessmentItem";
        Description = "One instalment of an assessed year, as the assessment reconstructs it.";
        Field("instalment", i => i.Item.Instalment.Number).Description("The instalment's number.");
        Field("description", i => i.Item.Instalment.Description).Description("How the city names it.");
        Field<NonNullGraphType<DateOnlyGraphType>>("dueDate").Description("Its deadline.").Resolve(context => context.Source.Item.Instalment.DueDate);
        this.MoneyField("amount", i => i.Item.Instalment.AmountCents).Description("The amount that was due.");
        this.MoneyField("paidOnTime", i => i.Item.PaidOnTimeCents).Description("Paid by the deadline.");
        this.MoneyField("paidLate", i => i.Item.PaidLateCents).Description("Paid after the deadline, before notification.");
        this.MoneyField("unpaid", i => i.Item.UnpaidCents).Description("Still unpaid at notification.");
        this.MoneyField("sanction", i => i.Item.SanctionCents).Description("30% of the late and the unpaid amounts, rounded to the cent.");
        this.MoneyField("interest", i => i.Item.InterestCents).Description("Legal interest on the late and the unpaid amounts, rounded to the cent.");
    }
}
