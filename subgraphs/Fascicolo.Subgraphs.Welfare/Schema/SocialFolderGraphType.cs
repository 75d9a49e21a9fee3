using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Welfare.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>The <c>SocialFolder</c> type: one citizen's cartella sociale, their sensitive data.</summary>
internal sealed class SocialFolderGraphType : ObjectGraphType<SocialFolderKey>
{
    /// <summary>Declares the fields; each list is one batched statement per request.</summary>
    public SocialFolderGraphType()
    {
        Name = "SocialFolder";
        Description = "A citizen's social folder (cartella sociale).";
        this.DataSubject(folder => folder.FiscalCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialCaseGraphType>>>>("cases")
            .Description("The citizen's social cases, the most recently opened first.")
            .Resolve(context => SocialCases.ByPerson.LoadMany(context, context.Source.FiscalCode));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WelfareBenefitGraphType>>>>("benefits")
            .Description("The benefits granted to the citizen, the latest start first.")
            .Resolve(context => Benefits.ByPerson.LoadMany(context, context.Source.FiscalCode));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IseeAttestationGraphType>>>>("iseeAttestations")
            .Description("The ISEE attestations whose household (nucleo ISEE) includes the citizen, the newest first.")
            .Resolve(context => IseeAttestations.ByMember.LoadMany(context, context.Source.FiscalCode));
        Field<IseeAttestationGraphType>("latestIsee")
            .Description("The newest of those attestations, or null when none.")
            .Resolve(context => IseeAttestations.ByMember.Load(context, context.Source.FiscalCode));
        this.MarkSensitive();
    }
}
