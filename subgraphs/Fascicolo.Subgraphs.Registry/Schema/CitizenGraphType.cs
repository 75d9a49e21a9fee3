using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Registry.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>The <c>Citizen</c> entity, owned by the registry and keyed by fiscal code across the graph.</summary>
internal sealed class CitizenGraphType : ObjectGraphType<CitizenRecord>
{
    /// <summary>Declares the fields, the federation key and the reference resolver.</summary>
    public CitizenGraphType()
    {
        Name = "Citizen";
        Description = "A person registered as resident (ANPR model), identified by their fiscal code.";

        this.Key("fiscalCode");
        // Batched: one statement for all the citizens of an _entities call, however many.
        this.ResolveReference<CitizenReference, CitizenRecord>(
            (context, reference) => CitizensByFiscalCode.Loader.Load(context, reference.FiscalCode.Value)!);

        Field<NonNullGraphType<FiscalCodeGraphType>>("fiscalCode")
            .Description("The fiscal code exactly as issued (omocodic codes keep their letters).")
            .Resolve(context => context.Source.FiscalCode);
        Field("givenName", c => c.GivenName).Description("The given name(s) as registered.");
        Field("surname", c => c.Surname).Description("The surname as registered.");
        Field("fullName", c => c.FullName).Description("Given name and surname, e.g. 'Giulia Parodi'.");
        Field<NonNullGraphType<SexGraphType>>("sex").Description("The sex as registered.").Resolve(context => context.Source.Sex);
        Field<NonNullGraphType<DateOnlyGraphType>>("birthDate").Description("The birth date.").Resolve(context => context.Source.BirthDate);
        Field<BirthplaceGraphType>("birthplace")
            .Description("The birth municipality or foreign state; null only for a code missing from the national archive.")
            .Resolve(context => Birthplaces.Default.TryGet(context.Source.BirthplaceCode, out var birthplace) ? birthplace : null);
        Field<NonNullGraphType<IntGraphType>>("age")
            .Description("The age in completed years, today in Italy.")
            .Resolve(context => Ages.On(context.Source.BirthDate, context.RequestServices!.GetRequiredService<RegistryClock>().Today));
        Field("citizenship", c => c.Citizenship).Description("The citizenship as an ISO 3166-1 alpha-2 code, e.g. 'IT'.");
        Field<NonNullGraphType<CivilStatusGraphType>>("civilStatus")
            .Description("The civil status (stato civile).")
            .Resolve(context => CivilStatus.FromCode(context.Source.CivilStatus));
        Field<ResidenceGraphType>("residence")
            .Description("Where the citizen is resident.")
            .Resolve(context => ResidencesByFiscalCode.Loader.Load(context, context.Source.FiscalCode));
        Field<HouseholdGraphType>("household")
            .Description("The household (famiglia anagrafica) the citizen belongs to.")
            .Resolve(context => context.Source.HouseholdId is { } id ? HouseholdsById.Loader.Load(context, id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdentityDocumentGraphType>>>>("identityDocuments")
            .Description("Identity documents, newest first, expired ones included.")
            .Resolve(context => IdentityDocumentsByFiscalCode.Loader.LoadMany(context, context.Source.FiscalCode));
    }
}
