using Fascicolo.Subgraphs.Education.Data;
using Fascicolo.Subgraphs.Kit;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>
/// The <c>CanteenEnrolment</c> type: a child's use of the canteen in one school year. Personal data of the
/// child and of the payer (the band comes from their household's ISEE), open to the child's parents.
/// </summary>
internal sealed class CanteenEnrolmentGraphType : ObjectGraphType<CanteenFeeRecord>
{
    /// <summary>Declares the fields.</summary>
    public CanteenEnrolmentGraphType()
    {
        Name = "CanteenEnrolment";
        Description = "A child's use of the school canteen in one school year: the fee, the attendance and the bills.";
        this.PersonalData(PersonalDataCategory.Common);
        this.DataSubjects<CanteenFeeRecord>((canteen, _) => ValueTask.FromResult<IReadOnlyCollection<string>>([canteen.PupilFiscalCode, canteen.PayerFiscalCode]));
        this.OpenToGuardians();
        Field<NonNullGraphType<CanteenFeeBandGraphType>>("feeBand")
            .Description("The tariff band, from the household's ISEE valid on 31 March of the school year; the top band without one.")
            .Resolve(context => context.Source.Band);
        Field<NonNullGraphType<BooleanGraphType>>("hasIsee")
            .Description("Whether the band comes from an ISEE attestation (false: top band, no ISEE).")
            .Resolve(context => context.Source.IseeProtocol is not null);
        Field("iseeProtocol", c => c.IseeProtocol, nullable: true).Description("The DSU protocol of the ISEE attestation the band comes from; null without one.");
        Field("siblingOrdinal", c => c.SiblingOrdinal).Description("The child's place among the household's canteen users of the year, eldest first.");
        Field<NonNullGraphType<IntGraphType>>("siblingDiscountPercent")
            .Description("The sibling discount on the band's fee: 0 for the first child, 20 for the second, 50 for the third and further.")
            .Resolve(context => Domain.SyntheticCity.Education.CanteenTariff.SiblingDiscountPercent(context.Source.SiblingOrdinal));
        Field<NonNullGraphType<MoneyGraphType>>("mealFee").Description("The fee per meal after the sibling discount.").Resolve(context => new Money(context.Source.MealFeeCents));
        Field<NonNullGraphType<CitizenGraphType>>("payer")
            .Description("Who is billed: the head of the child's household.")
            .Resolve(context => new CitizenKey(context.Source.PayerFiscalCode));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CanteenAttendanceMonthGraphType>>>>("attendance")
            .Description("The attendance of every month served so far, oldest first.")
            .Resolve(context =>
            {
                var (order, pupil) = (context.Source.Order, context.Source.PupilFiscalCode);
                return CanteenMonthsByEnrolment.Loader.LoadMany(context, context.Source.EnrolmentId)
                    .Select(months => months.Select(month => new CanteenMonth(month, order, pupil)).ToList());
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CanteenBillGraphType>>>>("bills")
            .Description("The two-monthly bills issued so far, oldest first.")
            .Resolve(context => CanteenBillsByEnrolment.Loader.LoadMany(context, context.Source.EnrolmentId));
    }
}
