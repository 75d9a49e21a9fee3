using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Territory.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>
/// The <c>Citizen</c> entity, owned by the registry: this subgraph adds the units a citizen owns
/// and their red-zone registrations. The source is the fiscal code; any valid code resolves (to
/// empty lists when the citizen owns nothing here).
/// </summary>
internal sealed class CitizenGraphType : ObjectGraphType<string>
{
    /// <summary>Declares the key, the reference resolver and this subgraph's fields.</summary>
    public CitizenGraphType()
    {
        Name = "Citizen";
        this.Key("fiscalCode");
        // Nothing to read: the fields below batch their own lookups.
        this.ResolveReference<CitizenReference, string>((_, reference) => reference.FiscalCode.Value);
        this.DataSubject(fiscalCode => fiscalCode);

        Field<NonNullGraphType<FiscalCodeGraphType>>("fiscalCode")
            .Resolve(context => context.Source);
        Field<ListGraphType<NonNullGraphType<CadastralUnitGraphType>>>("properties")
            .Description("The cadastral units the citizen owns a share of, in unit id order; each lists its owners and shares.")
            .PersonalData(PersonalDataCategory.Common)
            .Resolve(context => CadastralUnitsByOwner.Loader.LoadMany(context, context.Source).Then(rows => rows.Select(r => r.Row).ToList()));
        Field<ListGraphType<NonNullGraphType<RedZoneRegistrationGraphType>>>("redZoneRegistrations")
            .Description("The flood red-zone registrations the citizen made or is named in, newest first.")
            .PersonalData(PersonalDataCategory.Common)
            .Resolve(context => RedZoneRegistrationsByFiscalCode.Loader.LoadMany(context, context.Source).Then(rows => rows.Select(r => r.Row).ToList()));
    }
}
