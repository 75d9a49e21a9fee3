using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Mobility.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>One twelve-month period of a car's vehicle tax (bollo), owed to Regione Liguria.</summary>
internal sealed class VehicleTaxGraphType : ObjectGraphType<VehicleTaxRecord>
{
    /// <summary>Declares the fields.</summary>
    public VehicleTaxGraphType()
    {
        Name = "VehicleTax";
        Description = "One twelve-month period of a car's regional vehicle tax (tassa automobilistica, bollo), owed to Regione Liguria.";
        Field<NonNullGraphType<DateOnlyGraphType>>("periodStart").Description("The first day of the period.").Resolve(context => context.Source.PeriodStart);
        Field<NonNullGraphType<DateOnlyGraphType>>("periodEnd").Description("The last day of the period.").Resolve(context => context.Source.PeriodEnd);
        Field<NonNullGraphType<DateOnlyGraphType>>("dueDate").Description("The last day to pay: the end of the period's first month.").Resolve(context => context.Source.DueDate);
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("The amount; zero when exempt.").Resolve(context => new Money(context.Source.AmountCents));
        Field<NonNullGraphType<VehicleTaxBasisGraphType>>("basis").Description("The tariff rule that set the amount.").Resolve(context => context.Source.Basis);
        Field<NonNullGraphType<VehicleTaxStatusGraphType>>("status").Description("Where the period stands today.").Resolve(context => MobilityStatuses.Of(context.Source, context.Today()));
        Field<DateOnlyGraphType>("paidOn").Description("The day it was paid, if it was.").Resolve(context => context.Source.PaidOn);
        Field<PaymentPositionGraphType>("paymentPosition")
            .Description("The pagoPA debt position to pay it with; null when exempt.")
            .Resolve(context => context.Source.Iupd);
    }
}
