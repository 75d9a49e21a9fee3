using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Welfare.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>The <c>WelfareBenefit</c> type: the SIUSS benefit record (prestazione), field by field; the beneficiary's sensitive data.</summary>
internal sealed class WelfareBenefitGraphType : ObjectGraphType<BenefitRecord>
{
    /// <summary>Declares the fields.</summary>
    public WelfareBenefitGraphType()
    {
        Name = "WelfareBenefit";
        Description = "A social benefit (prestazione sociale) granted to one beneficiary, as SIUSS records it.";
        this.DataSubject(b => b.FiscalCode);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The benefit id, e.g. 'BEN-0000001'.").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<CitizenGraphType>>("beneficiary").Description("The beneficiary.").Resolve(context => new CitizenKey(context.Source.FiscalCode));
        Field<HouseholdGraphType>("household")
            .Description("The beneficiary's household when the benefit was granted, if recorded.")
            .Resolve(context => context.Source.HouseholdId is { } id ? new HouseholdKey(id) : null);
        Field("code", b => b.Code).Description("The benefit code (codice prestazione), e.g. 'M1.01'.");
        Field("name", b => b.Name).Description("The benefit name (denominazione prestazione).");
        Field("isPeriodic", b => b.IsPeriodic).Description("Periodic (carattere P) rather than one-off (carattere O, una tantum).");
        Field("isMeansTested", b => b.IsMeansTested).Description("Subject to the means test (prova dei mezzi): granted on an ISEE.");
        Field("iseeProtocol", b => b.IseeProtocol, nullable: true).Description("The DSU protocol of the ISEE attestation it was granted on; null when not means-tested.");
        Field<IseeAttestationGraphType>("iseeAttestation")
            .Description("That ISEE attestation; null when not means-tested.")
            .Resolve(context => context.Source.IseeProtocol is { } protocol ? IseeAttestations.ByProtocol.Load(context, protocol) : null);
        Field<NonNullGraphType<DateOnlyGraphType>>("startDate").Description("The first day (data inizio).").Resolve(context => context.Source.StartDate);
        Field<NonNullGraphType<DateOnlyGraphType>>("endDate").Description("The last day (data fine); the start date for a one-off benefit.").Resolve(context => context.Source.EndDate);
        Field<NonNullGraphType<DateOnlyGraphType>>("paymentDate")
            .Description("The day it was (first) paid, or the service first delivered (data erogazione).")
            .Resolve(context => context.Source.PaymentDate);
        Field<NonNullGraphType<MoneyGraphType>>("monthlyAmount")
            .Description("The monthly amount (importo mensile); for a one-off benefit, the amount paid once.")
            .Resolve(context => context.Source.MonthlyAmount);
        Field<NonNullGraphType<MoneyGraphType>>("cityShare").Description("What the city pays (quota a carico dell'ente).").Resolve(context => context.Source.CityShare);
        Field<NonNullGraphType<MoneyGraphType>>("userShare")
            .Description("What the user pays (quota a carico dell'utente, compartecipazione); cityShare + userShare = monthlyAmount.")
            .Resolve(context => context.Source.UserShare);
        Field("isTakenInCharge", b => b.IsTakenInCharge).Description("Granted to someone taken in charge by the social service (presa in carico), within a social case.");
        Field<NonNullGraphType<WelfareUserAreaGraphType>>("area").Description("The user area (area di utenza).").Resolve(context => context.Source.Area);
        Field<SocialCaseGraphType>("socialCase")
            .Description("The social case it was granted within; null when granted without one.")
            .Resolve(context => context.Source.SocialCaseId is { } id ? SocialCases.ById.Load(context, id) : null);
        this.MarkSensitive();
    }
}
