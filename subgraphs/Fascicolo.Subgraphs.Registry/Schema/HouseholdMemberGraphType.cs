using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Registry.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>
/// The <c>HouseholdMember</c> type: a citizen in a household and their relationship to its head. The
/// relationship is household data (every member may read it); the member's own fields are guarded by
/// <see cref="CitizenGraphType"/> as the member's data, so another member sees them only as a parent of
/// a minor (identity fields) — hence <c>citizen</c> is nullable: a refused member is null, the list stands.
/// </summary>
internal sealed class HouseholdMemberGraphType : ObjectGraphType<HouseholdMemberRecord>
{
    /// <summary>Declares the fields and whose data they are.</summary>
    public HouseholdMemberGraphType()
    {
        Name = "HouseholdMember";
        Description = "A member of a household.";
        this.DataSubjects<HouseholdMemberRecord>((member, _) => ValueTask.FromResult<IReadOnlyCollection<string>>(member.HouseholdFiscalCodes));

        Field<CitizenGraphType>("citizen")
            .Description("The member; null, with a FORBIDDEN error, when the caller may not read this member's identity.")
            .Resolve(context => CitizensByFiscalCode.Loader.Load(context, context.Source.FiscalCode));
        Field<NonNullGraphType<RelationshipGraphType>>("relationship")
            .Description("The member's relationship to the head of the household.")
            .Resolve(context => Relationship.FromCode(context.Source.RelationshipCode))
            .PersonalData(PersonalDataCategory.Common);
    }
}
