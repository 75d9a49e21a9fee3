using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Welfare.Schema;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Mutations;

/// <summary>The <c>RecordWelfareBenefitInput</c> input type; see <see cref="RecordWelfareBenefitInput"/>.</summary>
internal sealed class RecordWelfareBenefitInputGraphType : InputObjectGraphType<RecordWelfareBenefitInput>
{
    /// <summary>Declares the fields.</summary>
    public RecordWelfareBenefitInputGraphType()
    {
        Name = "RecordWelfareBenefitInput";
        Description = "A benefit granted to a beneficiary, as SIUSS records it. Amounts are euro cents.";
        Field<NonNullGraphType<FiscalCodeGraphType>>("beneficiary").Description("The beneficiary.");
        Field<NonNullGraphType<StringGraphType>>("code").Description("The benefit code of the catalogue (Query.welfareBenefitTypes), e.g. 'M1.01'.");
        Field<IdGraphType>("socialCaseId").Description("The beneficiary's open case it is granted within; left out, the benefit is recorded as not taken in charge.");
        Field<StringGraphType>("iseeProtocol").Description("The DSU protocol of an ISEE attestation of the beneficiary's household: required for a means-tested benefit, refused otherwise.");
        Field<NonNullGraphType<DateOnlyGraphType>>("startDate").Description("The first day; within the ISEE attestation's validity for a means-tested benefit.");
        Field<NonNullGraphType<DateOnlyGraphType>>("endDate").Description("The last day; equal to startDate for a one-off benefit.");
        Field<NonNullGraphType<DateOnlyGraphType>>("paymentDate").Description("The (first) payment day; not before startDate.");
        Field<NonNullGraphType<LongGraphType>>("monthlyAmountCents").Description("The monthly amount (the one-off amount) in cents; not negative.");
        Field<NonNullGraphType<LongGraphType>>("userShareCents").Description("The user's share in cents: 0 for money paid to the user, at most the monthly amount for a service.");
        Field<WelfareUserAreaGraphType>("area").Description("The user area; by default the case's, else the benefit type's.");
    }
}
