using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Welfare.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>
/// The <c>Household</c> entity (owned by the registry) as welfare extends it: the key and the
/// household's social folder. Any id resolves; a household unknown here has an empty folder. The folder
/// is the sensitive data of the household's members welfare knows of (<see cref="HouseholdSubjects"/>),
/// looked up only when it is read, in one batch for the whole level, and handed on to the folder.
/// </summary>
internal sealed class HouseholdGraphType : ObjectGraphType<HouseholdKey>
{
    /// <summary>Declares the key, the reference resolver and the welfare field.</summary>
    public HouseholdGraphType()
    {
        Name = "Household";
        this.Key("id");
        this.ResolveReference<HouseholdReference, HouseholdKey>((_, reference) => new HouseholdKey(reference.Id));
        this.DataSubjects((household, context) => HouseholdSubjects.ByHousehold.LoadMany(context, household.Id)
            .Then(rows => household.Subjects = [.. rows.Select(r => r.FiscalCode)]));

        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<HouseholdSocialFolderGraphType>("socialFolder")
            .Description("The household's social view: its members' social cases and benefits, and its ISEE attestations.")
            .Resolve(context => new HouseholdSocialFolderKey(context.Source.Id, context.Source.Subjects))
            .PersonalData(PersonalDataCategory.Sensitive);
    }
}
