using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Subgraphs.Kit;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>The <c>CanteenFeeSimulation</c> type: what a household would pay for the canteen.</summary>
internal sealed class CanteenFeeSimulationGraphType : ObjectGraphType<CanteenFeeQuote>
{
    /// <summary>Declares the fields.</summary>
    public CanteenFeeSimulationGraphType()
    {
        Name = "CanteenFeeSimulation";
        Description = "A simulation of a household's canteen fees: its band and what each child pays, eldest first.";
        Field<MoneyGraphType>("isee").Description("The ISEE simulated; null for a household without one.").Resolve(context => context.Source.IseeCents is { } isee ? new Money(isee) : null);
        Field<NonNullGraphType<CanteenFeeBandGraphType>>("band").Description("The band the ISEE falls in (the top band without an ISEE).").Resolve(context => context.Source.Band);
        Field("mealsPerMonth", q => q.MealsPerMonth).Description("The meals per child the monthly figures assume.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SimulatedCanteenFeeGraphType>>>>("children")
            .Description("Each child's fee, eldest first.")
            .Resolve(context => context.Source.Children);
        Field<NonNullGraphType<MoneyGraphType>>("dailyTotal").Description("What the household pays for a day on which every child eats at school.").Resolve(context => new Money(context.Source.DailyCents));
        Field<NonNullGraphType<MoneyGraphType>>("monthlyTotal").Description("What the household pays for the assumed meals of a month.").Resolve(context => new Money(context.Source.MonthlyCents));
    }
}
