using Fascicolo.Domain.SyntheticCity.Mobility;
using Fascicolo.Subgraphs.Kit;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>A vehicle tax computed with Regione Liguria's tariff for given car data.</summary>
internal sealed class VehicleTaxEstimateGraphType : ObjectGraphType<VehicleTaxEstimate>
{
    /// <summary>Declares the fields.</summary>
    public VehicleTaxEstimateGraphType()
    {
        Name = "VehicleTaxEstimate";
        Description = "The vehicle tax of one twelve-month period, computed with Regione Liguria's tariff.";
        Field<NonNullGraphType<DateOnlyGraphType>>("periodStart").Description("The first day of the period.").Resolve(context => context.Source.PeriodStart);
        Field<NonNullGraphType<DateOnlyGraphType>>("dueDate").Description("The last day to pay it.").Resolve(context => VehicleTaxPeriod.DueDateOf(context.Source.PeriodStart));
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("The amount; zero when exempt.").Resolve(context => new Money(context.Source.Assessment.AmountCents));
        Field<NonNullGraphType<VehicleTaxBasisGraphType>>("basis").Description("The tariff rule that set the amount.").Resolve(context => context.Source.Assessment.Basis);
        Field<NonNullGraphType<MoneyGraphType>>("ratePerKw")
            .Description("The emission class's rate per kW up to 100 kW.")
            .Resolve(context => new Money(LiguriaVehicleTaxTariff.RatesOf(context.Source.EmissionClass).UpTo100));
        Field<NonNullGraphType<MoneyGraphType>>("ratePerKwAbove100")
            .Description("The emission class's rate for each kW above 100.")
            .Resolve(context => new Money(LiguriaVehicleTaxTariff.RatesOf(context.Source.EmissionClass).Above100));
    }
}
