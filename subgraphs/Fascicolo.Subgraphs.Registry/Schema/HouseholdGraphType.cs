using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Registry.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>
/// The <c>Household</c> entity (famiglia anagrafica), owned by the registry and keyed by id. Who is in
/// it is the personal data of all its members: each member may read it (the stato di famiglia they
/// could ask the registry for), and registry operators with a purpose. The id itself is a key, not data.
/// </summary>
internal sealed class HouseholdGraphType : ObjectGraphType<HouseholdRecord>
{
    /// <summary>Declares the fields, the federation key, the reference resolver and whose data it is.</summary>
    public HouseholdGraphType()
    {
        Name = "Household";
        Description = "A registry household (famiglia anagrafica): the people registered together in one dwelling.";

        this.Key("id");
        this.ResolveReference<HouseholdReference, HouseholdRecord>(
            (context, reference) => HouseholdsById.Loader.Load(context, reference.Id)!);
        this.DataSubjects<HouseholdRecord>((household, _) => ValueTask.FromResult<IReadOnlyCollection<string>>(household.MemberFiscalCodes));

        Field<NonNullGraphType<IdGraphType>>("id").Description("The household id, e.g. 'HH-0000001'.").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HouseholdMemberGraphType>>>>("members")
            .Description("Every member with their relationship to the head, the head first.")
            .Resolve(context => HouseholdMembersByHousehold.Loader.LoadMany(context, context.Source.Id))
            .PersonalData(PersonalDataCategory.Common);
        Field<CitizenGraphType>("head")
            .Description("The head of the household (intestatario scheda).")
            .Resolve(context => CitizensByFiscalCode.Loader.Load(context, context.Source.HeadFiscalCode))
            .PersonalData(PersonalDataCategory.Common);
    }
}
