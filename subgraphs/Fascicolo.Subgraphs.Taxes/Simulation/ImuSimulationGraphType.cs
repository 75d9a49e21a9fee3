using Fascicolo.Domain.Taxes.Imu;
using Fascicolo.Subgraphs.Taxes.Schema;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Simulation;

/// <summary>The <c>ImuSimulation</c> type: the IMU of one property, computed on request.</summary>
internal sealed class ImuSimulationGraphType : ObjectGraphType<ImuYear>
{
    /// <summary>Declares the fields.</summary>
    public ImuSimulationGraphType()
    {
        Name = "ImuSimulation";
        Description = "The IMU of one property for a year, computed with the city's rates, as the taxpayer would pay it.";
        Field("year", y => y.Year).Description("The tax year.");
        Field<NonNullGraphType<IntGraphType>>("months").Description("The months of possession that count.").Resolve(context => Line(context.Source)?.Months ?? 0);
        Field<ImuTreatmentGraphType>("treatment").Description("How the property is taxed; null when not possessed in the year.").Resolve(context => Line(context.Source)?.Treatment);
        Field<NonNullGraphType<DecimalGraphType>>("ratePerMille").Description("The rate applied, per mille.").Resolve(context => Line(context.Source)?.RatePerMille ?? 0m);
        this.MoneyField("taxableBase", y => Line(y)?.TaxableBaseCents ?? 0).Description("The taxable base: the income revalued by 5% times the multiplier.");
        this.MoneyField("grossTax", y => Line(y)?.GrossTaxCents ?? 0).Description("The tax before the main-home deduction.");
        this.MoneyField("deduction", y => Line(y)?.DeductionCents ?? 0).Description("The main-home deduction set against it.");
        this.MoneyField("tax", y => y.TaxCents).Description("The year's tax, exact to the cent.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImuF24LineGraphType>>>>("f24Lines").Description("The F24 lines to pay.").Resolve(context => context.Source.F24Lines);
        this.MoneyField("deposit", y => y.DepositCents).Description("The June deposit, in whole euro.");
        this.MoneyField("balance", y => y.BalanceCents).Description("The December balance, in whole euro.");
        this.MoneyField("payable", y => y.PayableCents).Description("Deposit plus balance.");
    }

    // The simulated property's line; a notional main home may stand beside an appurtenance.
    private static ImuLine? Line(ImuYear year) => year.Lines.FirstOrDefault(l => l.Holding.UnitId == ImuSimulations.UnitId);
}
