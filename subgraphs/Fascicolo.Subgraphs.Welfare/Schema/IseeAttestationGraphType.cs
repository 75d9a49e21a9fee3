using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Welfare.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>The <c>IseeAttestation</c> type: an INPS ISEE attestation on a household's DSU; the sensitive data of the ISEE household's members.</summary>
internal sealed class IseeAttestationGraphType : ObjectGraphType<IseeAttestationRecord>
{
    /// <summary>Declares the fields.</summary>
    public IseeAttestationGraphType()
    {
        Name = "IseeAttestation";
        Description = "An ISEE attestation issued by INPS on a household's DSU (dichiarazione sostitutiva unica).";
        this.DataSubjects((attestation, _) => ValueTask.FromResult<IReadOnlyCollection<string>>(attestation.Subjects));
        Field("protocol", a => a.Protocol).Description("The DSU protocol, e.g. 'INPS-ISEE-2026-00000001A-00'.");
        Field<NonNullGraphType<IseeAttestationTypeGraphType>>("type").Description("The kind of attestation.").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<HouseholdGraphType>>("household").Description("The household it was issued for.").Resolve(context => new HouseholdKey(context.Source.HouseholdId));
        Field<NonNullGraphType<CitizenGraphType>>("declarant").Description("Who submitted the DSU.").Resolve(context => new CitizenKey(context.Source.DeclarantFiscalCode));
        Field<NonNullGraphType<DateOnlyGraphType>>("issuedOn").Description("The day INPS issued it.").Resolve(context => context.Source.IssuedOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("validUntil").Description("Its last valid day (31 December of the year of issue).").Resolve(context => context.Source.ValidUntil);
        Field("members", a => a.Members).Description("How many people the ISEE household counts.");
        Field<NonNullGraphType<MoneyGraphType>>("isr").Description("ISR: the household's income indicator.").Resolve(context => context.Source.Isr);
        Field<NonNullGraphType<MoneyGraphType>>("isp").Description("ISP: the household's assets indicator.").Resolve(context => context.Source.Isp);
        Field<NonNullGraphType<MoneyGraphType>>("ise").Description("ISE = ISR + 20% of ISP.").Resolve(context => context.Source.Ise);
        Field<NonNullGraphType<DecimalGraphType>>("equivalenceScale")
            .Description("The equivalence scale with its increases (DPCM 159/2013, annex 1), e.g. 1.77.")
            .Resolve(context => context.Source.EquivalenceScale);
        Field<NonNullGraphType<MoneyGraphType>>("isee").Description("ISEE = ISE / equivalence scale.").Resolve(context => context.Source.Isee);
        this.MarkSensitive();
    }
}
