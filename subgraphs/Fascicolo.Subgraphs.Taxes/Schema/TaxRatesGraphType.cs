using Fascicolo.Subgraphs.Taxes.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>The <c>TaxRates</c> type: a row of the city's rates table.</summary>
internal sealed class TaxRatesGraphType : ObjectGraphType<TaxYearRecord>
{
    /// <summary>Declares the fields.</summary>
    public TaxRatesGraphType()
    {
        Name = "TaxRates";
        Description = "What a tax year's computations use: the IMU rates the city resolved, the TARI tariff, the legal interest rate.";
        Field("year", y => y.Year).Description("The tax year.");
        Field<NonNullGraphType<ImuRatesGraphType>>("imu").Description("The IMU rates (aliquote deliberate).").Resolve(context => context.Source.Imu);
        Field<NonNullGraphType<TariTariffGraphType>>("tari").Description("The TARI tariff for dwellings.").Resolve(context => context.Source.Tari);
        Field<NonNullGraphType<DecimalGraphType>>("legalInterestPercent")
            .Description("The legal interest rate of the calendar year, in percent: the assessments' interest.")
            .Resolve(context => context.Source.LegalInterest.Percent);
    }
}
