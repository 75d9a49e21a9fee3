using Fascicolo.Subgraphs.Registry.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>The <c>Household</c> entity (famiglia anagrafica), owned by the registry and keyed by id.</summary>
internal sealed class HouseholdGraphType : ObjectGraphType<HouseholdRecord>
{
    /// <summary>Declares the fields, the federation key and the reference resolver.</summary>
    public HouseholdGraphType()
    {
        Name = "Household";
        Description = "A registry household (famiglia anagrafica): the people registered together in one dwelling.";

        this.Key("id");
        this.ResolveReference<HouseholdReference, HouseholdRecord>(
            (context, reference) => HouseholdsById.Loader.Load(context, reference.Id)!);

        Field<NonNullGraphType<IdGraphType>>("id").Description("The household id, e.g. 'HH-0000001'.").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HouseholdMemberGraphType>>>>("members")
            .Description("Every member with their relationship to the head, the head first.")
            .Resolve(context => HouseholdMembersByHousehold.Loader.LoadMany(context, context.Source.Id));
        Field<CitizenGraphType>("head")
            .Description("The head of the household (intestatario scheda).")
            .Resolve(context => CitizensByFiscalCode.Loader.Load(context, context.Source.HeadFiscalCode));
    }
}
