using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Mobility.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>A permit for one car to enter a limited traffic zone.</summary>
internal sealed class ZtlPermitGraphType : ObjectGraphType<ZtlPermitRecord>
{
    /// <summary>Declares the fields.</summary>
    public ZtlPermitGraphType()
    {
        Name = "ZtlPermit";
        Description = "A permit for one car to enter a limited traffic zone (ZTL) of Genova.";
        this.PersonalData(PersonalDataCategory.Common);
        this.DataSubject(permit => permit.HolderFiscalCode);
        Field<NonNullGraphType<StringGraphType>>("number").Description("The permit number, e.g. 'ZTL-000042'.").Resolve(context => context.Source.Number);
        // A disability permit tells the holder's (or a passenger's) health: the kind, and the zone it implies, are sensitive.
        Field<NonNullGraphType<ZtlZoneGraphType>>("zone").Description("The zone; a disability permit is valid in every zone.").Resolve(context => context.Source.Zone)
            .PersonalData(PersonalDataCategory.Sensitive);
        Field<NonNullGraphType<ZtlPermitKindGraphType>>("kind").Description("Why it was granted.").Resolve(context => context.Source.Kind)
            .PersonalData(PersonalDataCategory.Sensitive);
        Field<NonNullGraphType<StringGraphType>>("plate").Description("The plate of the car it is for.").Resolve(context => context.Source.Plate);
        Field<NonNullGraphType<VehicleGraphType>>("vehicle").Description("The car it is for.").Resolve(context => VehiclesByPlate.Loader.Load(context, context.Source.Plate));
        Field<NonNullGraphType<CitizenGraphType>>("holder").Description("Who holds it.").Resolve(context => new MobilityCitizen(context.Source.HolderFiscalCode));
        Field<NonNullGraphType<DateOnlyGraphType>>("validFrom").Description("The first valid day.").Resolve(context => context.Source.ValidFrom);
        Field<NonNullGraphType<DateOnlyGraphType>>("validUntil").Description("The last valid day.").Resolve(context => context.Source.ValidUntil);
        Field<NonNullGraphType<BooleanGraphType>>("isValid")
            .Description("Whether it is valid today.")
            .Resolve(context => context.Source.ValidFrom <= context.Today() && context.Today() <= context.Source.ValidUntil);
    }
}
