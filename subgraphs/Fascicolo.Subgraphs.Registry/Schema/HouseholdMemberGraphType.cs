using Fascicolo.Subgraphs.Registry.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>The <c>HouseholdMember</c> type: a citizen in a household and their relationship to its head.</summary>
internal sealed class HouseholdMemberGraphType : ObjectGraphType<HouseholdMemberRecord>
{
    /// <summary>Declares the fields.</summary>
    public HouseholdMemberGraphType()
    {
        Name = "HouseholdMember";
        Description = "A member of a household.";
        Field<NonNullGraphType<CitizenGraphType>>("citizen")
            .Description("The member.")
            .Resolve(context => CitizensByFiscalCode.Loader.Load(context, context.Source.FiscalCode));
        Field<NonNullGraphType<RelationshipGraphType>>("relationship")
            .Description("The member's relationship to the head of the household.")
            .Resolve(context => Relationship.FromCode(context.Source.RelationshipCode));
    }
}
