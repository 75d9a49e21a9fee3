using Fascicolo.Subgraphs.Education.Data;
using Fascicolo.Subgraphs.Kit;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>The <c>BookVoucher</c> type: a cedola libraria; the pupil's personal data, open to the pupil's parents.</summary>
internal sealed class BookVoucherGraphType : ObjectGraphType<BookVoucherRecord>
{
    /// <summary>Declares the fields.</summary>
    public BookVoucherGraphType()
    {
        Name = "BookVoucher";
        Description = "A textbook voucher (cedola libraria): the Comune pays a primary pupil's books at the bookshop the family chooses.";
        this.PersonalData(PersonalDataCategory.Common);
        this.DataSubject(v => v.PupilFiscalCode);
        this.OpenToGuardians();
        Field<NonNullGraphType<IdGraphType>>("number").Description("The voucher number, e.g. 'CL-2025-0000042'.").Resolve(context => context.Source.Number);
        Field<NonNullGraphType<StringGraphType>>("schoolYear").Description("The school year, e.g. '2025/26'.").Resolve(context => context.Source.SchoolYear.Label);
        Field("classYear", v => v.ClassYear).Description("The primary class year (1-5) whose books it pays.");
        Field<NonNullGraphType<CitizenGraphType>>("pupil").Description("The pupil.").Resolve(context => new CitizenKey(context.Source.PupilFiscalCode));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookVoucherItemGraphType>>>>("books")
            .Description("The books it pays, at the cover prices the Ministry sets.")
            .Resolve(context => context.Source.Items);
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("The voucher's value: the sum of the books' prices.").Resolve(context => new Money(context.Source.AmountCents));
        Field<NonNullGraphType<DateOnlyGraphType>>("issuedOn").Description("The day the Comune issued it.").Resolve(context => context.Source.IssuedOn);
        Field<DateOnlyGraphType>("redeemedOn").Description("The day a bookshop redeemed it; null while unused.").Resolve(context => context.Source.RedeemedOn);
        Field("bookshop", v => v.Bookshop, nullable: true).Description("The bookshop that redeemed it; null while unused.");
        Field<NonNullGraphType<BooleanGraphType>>("isRedeemed").Description("Whether a bookshop has redeemed it.").Resolve(context => context.Source.RedeemedOn is not null);
    }
}
