using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Welfare.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>
/// The <c>HouseholdSocialFolder</c> type: the social view of a whole household, the sensitive data of the
/// members welfare knows of (<see cref="HouseholdSubjects"/>). Each case, benefit and attestation it lists
/// is guarded again as its own person's.
/// </summary>
internal sealed class HouseholdSocialFolderGraphType : ObjectGraphType<HouseholdSocialFolderKey>
{
    /// <summary>Declares the fields; each list is one batched statement per request.</summary>
    public HouseholdSocialFolderGraphType()
    {
        Name = "HouseholdSocialFolder";
        Description = "The social view of a household: what its members receive and the household's ISEE.";
        this.DataSubjects((folder, _) => ValueTask.FromResult(folder.Subjects));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialCaseGraphType>>>>("cases")
            .Description("The social cases of the household's members (as recorded when each case was opened), the most recently opened first.")
            .Resolve(context => SocialCases.ByHousehold.LoadMany(context, context.Source.HouseholdId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WelfareBenefitGraphType>>>>("benefits")
            .Description("The benefits granted to the household's members (as recorded when each was granted), the latest start first.")
            .Resolve(context => Benefits.ByHousehold.LoadMany(context, context.Source.HouseholdId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IseeAttestationGraphType>>>>("iseeAttestations")
            .Description("The household's ISEE attestations, the newest first.")
            .Resolve(context => IseeAttestations.ByHousehold.LoadMany(context, context.Source.HouseholdId));
        Field<IseeAttestationGraphType>("latestIsee")
            .Description("The household's newest ISEE attestation, or null when none.")
            .Resolve(context => IseeAttestations.ByHousehold.Load(context, context.Source.HouseholdId));
        this.MarkSensitive();
    }
}
