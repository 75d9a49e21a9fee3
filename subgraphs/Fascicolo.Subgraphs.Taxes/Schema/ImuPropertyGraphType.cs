using Fascicolo.Domain.Taxes.Imu;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>The <c>ImuProperty</c> type: the IMU of one property.</summary>
internal sealed class ImuPropertyGraphType : ObjectGraphType<ImuLine>
{
    /// <summary>Declares the fields.</summary>
    public ImuPropertyGraphType()
    {
        Name = "ImuProperty";
        Description = "The IMU of one property for the year: the data it is computed from, and the tax.";
        Field<NonNullGraphType<CadastralUnitGraphType>>("cadastralUnit").Description("The unit, owned by the territory subgraph.").Resolve(context => context.Source.Holding.UnitId);
        Field<NonNullGraphType<StringGraphType>>("category").Description("The cadastral category the tax was computed on, e.g. 'A/2'.").Resolve(context => context.Source.Holding.Category.ToString());
        this.MoneyField("cadastralIncome", l => l.Holding.CadastralIncomeCents).Description("The cadastral income (rendita catastale) the tax was computed on, before revaluation.");
        Field<NonNullGraphType<IntGraphType>>("multiplier").Description("The category's multiplier, e.g. 160.").Resolve(context => context.Source.Holding.Category.ImuMultiplier);
        this.MoneyField("taxableBase", l => l.TaxableBaseCents).Description("The taxable base: the income revalued by 5% times the multiplier (shown to the cent; the tax uses it exactly).");
        Field<NonNullGraphType<IntGraphType>>("shareNumerator").Description("The taxpayer's ownership share, numerator (1 of 1/2).").Resolve(context => context.Source.Holding.ShareNumerator);
        Field<NonNullGraphType<IntGraphType>>("shareDenominator").Description("The taxpayer's ownership share, denominator (2 of 1/2).").Resolve(context => context.Source.Holding.ShareDenominator);
        Field<NonNullGraphType<DateOnlyGraphType>>("possessedSince").Description("The day possession began.").Resolve(context => context.Source.Holding.Since);
        Field("months", l => l.Months).Description("The months of possession that count (more than half of a month; the transfer day is the buyer's).");
        Field<NonNullGraphType<ImuPropertyUseGraphType>>("use").Description("What the taxpayer does with it.").Resolve(context => context.Source.Holding.Use);
        Field<NonNullGraphType<ImuTreatmentGraphType>>("treatment").Description("How it was taxed (a second appurtenance of one category pays the ordinary rate).").Resolve(context => context.Source.Treatment);
        Field<NonNullGraphType<DecimalGraphType>>("ratePerMille").Description("The rate applied, per mille; 0 when exempt.").Resolve(context => context.Source.RatePerMille);
        this.MoneyField("grossTax", l => l.GrossTaxCents).Description("The tax before the main-home deduction.");
        this.MoneyField("deduction", l => l.DeductionCents).Description("The part of the main-home deduction (€200 a year) set against this property.");
        this.MoneyField("tax", l => l.TaxCents).Description("The tax.");
    }
}
