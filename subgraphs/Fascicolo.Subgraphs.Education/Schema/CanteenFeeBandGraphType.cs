using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Subgraphs.Kit;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>The <c>CanteenFeeBand</c> type: a band (fascia) of the canteen tariff.</summary>
internal sealed class CanteenFeeBandGraphType : ObjectGraphType<CanteenFeeBand>
{
    /// <summary>Declares the fields.</summary>
    public CanteenFeeBandGraphType()
    {
        Name = "CanteenFeeBand";
        Description = "A band of the canteen tariff: the fee per meal of the first child of households whose ISEE falls in it.";
        Field("code", b => b.Code).Description("The band's letter: 'A' (lowest ISEE) to 'G' (highest ISEE, or none presented).");
        Field<NonNullGraphType<MoneyGraphType>>("iseeFrom").Description("The lowest ISEE of the band.").Resolve(context => new Money(context.Source.MinIseeCents));
        Field<MoneyGraphType>("iseeTo")
            .Description("The highest ISEE of the band; null for the top band, which also applies without an ISEE.")
            .Resolve(context => context.Source.MaxIseeCents is { } max ? new Money(max) : null);
        Field<NonNullGraphType<MoneyGraphType>>("mealFee").Description("The fee per meal, before any sibling discount.").Resolve(context => new Money(context.Source.MealFeeCents));
    }
}
