using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Subgraphs.Kit;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>The <c>SimulatedCanteenFee</c> type: one child's fee in a simulation.</summary>
internal sealed class SimulatedCanteenFeeGraphType : ObjectGraphType<CanteenChildFee>
{
    /// <summary>Declares the fields.</summary>
    public SimulatedCanteenFeeGraphType()
    {
        Name = "SimulatedCanteenFee";
        Description = "What one child of the household pays, after the sibling discount.";
        Field("ordinal", f => f.Ordinal).Description("The child's place among the household's canteen users, eldest first.");
        Field("discountPercent", f => f.DiscountPercent).Description("The sibling discount: 0 for the first child, 20 for the second, 50 for the third and further.");
        Field<NonNullGraphType<MoneyGraphType>>("mealFee").Description("The fee per meal.").Resolve(context => new Money(context.Source.MealFeeCents));
        Field<NonNullGraphType<MoneyGraphType>>("monthlyFee").Description("The fee for the assumed meals of a month.").Resolve(context => new Money(context.Source.MonthlyCents));
    }
}
