using Fascicolo.Domain.Taxes.Imu;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>The <c>ImuRates</c> type.</summary>
internal sealed class ImuRatesGraphType : ObjectGraphType<ImuRates>
{
    /// <summary>Declares the fields.</summary>
    public ImuRatesGraphType()
    {
        Name = "ImuRates";
        Description = "The IMU rates resolved for a year, per mille of the taxable base.";
        Field<NonNullGraphType<DecimalGraphType>>("ordinaryPerMille").Description("The ordinary rate.").Resolve(context => context.Source.OrdinaryPerMille);
        Field<NonNullGraphType<DecimalGraphType>>("mainHomePerMille").Description("The rate of luxury main homes (A/1, A/8, A/9) and their appurtenances.").Resolve(context => context.Source.MainHomePerMille);
        this.MoneyField("mainHomeDeduction", r => r.MainHomeDeductionCents).Description("The yearly deduction of a luxury main home.");
        Field<NonNullGraphType<DecimalGraphType>>("agreedRentPerMille").Description("The rate of dwellings let at an agreed rent (canone concordato), before the 25% reduction.").Resolve(context => context.Source.AgreedRentPerMille);
        Field<NonNullGraphType<DecimalGraphType>>("groupDPerMille").Description("The rate of group D buildings.").Resolve(context => context.Source.GroupDPerMille);
        Field<NonNullGraphType<DecimalGraphType>>("groupDStatePerMille").Description("The part of the group D rate that goes to the State.").Resolve(context => context.Source.GroupDStatePerMille);
    }
}
