using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Mobility.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>
/// The registry's <c>Citizen</c> entity, extended with what the citizen has to do with mobility.
/// Only the key is known here: the registry resolves the rest.
/// </summary>
internal sealed class CitizenGraphType : ObjectGraphType<MobilityCitizen>
{
    /// <summary>Declares the key, the reference resolver and the mobility fields.</summary>
    public CitizenGraphType()
    {
        Name = "Citizen";

        this.Key("fiscalCode");
        // No statement: any valid code is a citizen here; the fields below batch their own reads.
        this.ResolveReference<CitizenReference, MobilityCitizen>((_, reference) => new MobilityCitizen(reference.FiscalCode.Value));
        this.DataSubject(citizen => citizen.FiscalCode);

        Field<NonNullGraphType<FiscalCodeGraphType>>("fiscalCode")
            .Resolve(context => context.Source.FiscalCode);
        Field<ListGraphType<NonNullGraphType<VehicleGraphType>>>("vehicles")
            .Description("The cars registered to the citizen (as owner), by plate.")
            .PersonalData(PersonalDataCategory.Common)
            .Resolve(context => VehiclesByOwner.Loader.LoadMany(context, context.Source.FiscalCode));
        Field<ListGraphType<NonNullGraphType<TrafficFineGraphType>>>("trafficFines")
            .Description("The fines (verbali) the citizen owes or paid as owner of the car, newest first.")
            .PersonalData(PersonalDataCategory.Common)
            .Resolve(context => FinesByDebtor.Loader.LoadMany(context, context.Source.FiscalCode));
        Field<ListGraphType<NonNullGraphType<ZtlPermitGraphType>>>("ztlPermits")
            .Description("The citizen's permits to enter limited traffic zones, valid or lapsed, newest first.")
            .PersonalData(PersonalDataCategory.Common)
            .Resolve(context => PermitsByHolder.Loader.LoadMany(context, context.Source.FiscalCode));
    }
}
