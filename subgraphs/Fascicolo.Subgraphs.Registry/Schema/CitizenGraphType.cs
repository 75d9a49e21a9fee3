using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Registry.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>
/// The <c>Citizen</c> entity, owned by the registry and keyed by fiscal code across the graph. Every
/// field is the citizen's personal data, the fiscal code included: here it is also what a search, a
/// household or a head returns, not only the key a caller already holds.
/// </summary>
internal sealed class CitizenGraphType : ObjectGraphType<CitizenRecord>
{
    /// <summary>Declares the fields, the federation key, the reference resolver and who may read what.</summary>
    public CitizenGraphType()
    {
        Name = "Citizen";
        Description = "A person registered as resident (ANPR model), identified by their fiscal code.";

        this.Key("fiscalCode");
        // Batched: one statement for all the citizens of an _entities call, however many.
        this.ResolveReference<CitizenReference, CitizenRecord>(
            (context, reference) => CitizensByFiscalCode.Loader.Load(context, reference.FiscalCode.Value)!);
        this.DataSubject(c => c.FiscalCode);

        Identity(Field<NonNullGraphType<FiscalCodeGraphType>>("fiscalCode")
            .Description("The fiscal code exactly as issued (omocodic codes keep their letters).")
            .Resolve(context => context.Source.FiscalCode));
        Identity(Field("givenName", c => c.GivenName).Description("The given name(s) as registered."));
        Identity(Field("surname", c => c.Surname).Description("The surname as registered."));
        Identity(Field("fullName", c => c.FullName).Description("Given name and surname, e.g. 'Giulia Parodi'."));
        Identity(Field<NonNullGraphType<SexGraphType>>("sex").Description("The sex as registered.").Resolve(context => context.Source.Sex));
        Identity(Field<NonNullGraphType<DateOnlyGraphType>>("birthDate").Description("The birth date.").Resolve(context => context.Source.BirthDate));
        Identity(Field<BirthplaceGraphType>("birthplace")
            .Description("The birth municipality or foreign state; null only for a code missing from the national archive.")
            .Resolve(context => Birthplaces.Default.TryGet(context.Source.BirthplaceCode, out var birthplace) ? birthplace : null));
        Identity(Field<NonNullGraphType<IntGraphType>>("age")
            .Description("The age in completed years, today in Italy.")
            .Resolve(context => Ages.On(context.Source.BirthDate, context.RequestServices!.GetRequiredService<RegistryClock>().Today)));
        Field("citizenship", c => c.Citizenship).Description("The citizenship as an ISO 3166-1 alpha-2 code, e.g. 'IT'.")
            .PersonalData(PersonalDataCategory.Common);
        Field<NonNullGraphType<CivilStatusGraphType>>("civilStatus")
            .Description("The civil status (stato civile).")
            .Resolve(context => CivilStatus.FromCode(context.Source.CivilStatus))
            .PersonalData(PersonalDataCategory.Common);
        Field<ResidenceGraphType>("residence")
            .Description("Where the citizen is resident.")
            .Resolve(context => ResidencesByFiscalCode.Loader.Load(context, context.Source.FiscalCode))
            .PersonalData(PersonalDataCategory.Common);
        Field<HouseholdGraphType>("household")
            .Description("The household (famiglia anagrafica) the citizen belongs to.")
            .Resolve(context => context.Source.HouseholdId is { } id ? HouseholdsById.Loader.Load(context, id) : null)
            .PersonalData(PersonalDataCategory.Common)
            // Every desk reaches its own household-level records (welfare's Household.socialFolder) through
            // the household's id; who is in it stays the registry's (Household.members and head).
            .Department(AccessExtensions.AnyDepartment);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdentityDocumentGraphType>>>>("identityDocuments")
            .Description("Identity documents, newest first, expired ones included.")
            .Resolve(context => IdentityDocumentsByFiscalCode.Loader.LoadMany(context, context.Source.FiscalCode))
            .PersonalData(PersonalDataCategory.Common);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FiscalCodeGraphType>>>>("wards")
            .Description(
                "The minors (under 18 today in Italy) of this citizen's household whose parent the citizen is, by the registry's "
                + "relations to the head: the head and the head's spouse are parents of the head's children; a son- or daughter-in-law, "
                + "or the household's only adult child, is a parent of the head's grandchildren. Cohabitants and civil partners are not "
                + "taken for parents, and nothing is guessed when the relations leave it open. Sorted; empty for most citizens. The "
                + "gateway reads it for the signed-in citizen: a citizen may read these minors' school data.")
            .Resolve(context => WardsByGuardian.Loader.LoadMany(context, context.Source.FiscalCode)
                .Then(wards => wards.Select(w => w.Ward).ToList()))
            .PersonalData(PersonalDataCategory.Common);
    }

    // Identity fields: every desk of the ente needs them to know whom it serves, and a parent sees them
    // for the minor children of their household (the token's wards).
    private static TField Identity<TField>(TField field)
        where TField : IMetadataWriter =>
        field.PersonalData(PersonalDataCategory.Common).Department(AccessExtensions.AnyDepartment).OpenToGuardians();
}
