using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>
/// The <c>Household</c> entity (owned by the registry) as welfare extends it: the key and the
/// household's social folder. Any id resolves; a household unknown here has an empty folder.
/// </summary>
internal sealed class HouseholdGraphType : ObjectGraphType<HouseholdKey>
{
    /// <summary>Declares the key, the reference resolver and the welfare field.</summary>
    public HouseholdGraphType()
    {
        Name = "Household";
        this.Key("id");
        this.ResolveReference<HouseholdReference, HouseholdKey>((_, reference) => new HouseholdKey(reference.Id));

        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<HouseholdSocialFolderGraphType>>("socialFolder")
            .Description("The household's social view: its members' social cases and benefits, and its ISEE attestations.")
            .Resolve(context => new HouseholdSocialFolderKey(context.Source.Id));
    }
}
