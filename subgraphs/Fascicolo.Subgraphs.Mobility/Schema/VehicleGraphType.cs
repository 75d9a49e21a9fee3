using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Mobility.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>The <c>Vehicle</c> entity, owned by this subgraph and keyed by plate.</summary>
internal sealed class VehicleGraphType : ObjectGraphType<VehicleRecord>
{
    /// <summary>Declares the fields, the federation key and the reference resolver.</summary>
    public VehicleGraphType()
    {
        Name = "Vehicle";
        Description = "A car registered to a resident, with its vehicle tax, insurance, inspection, fines and ZTL permits.";

        this.Key("plate");
        // Batched: one statement for all the cars of an _entities call; an unknown plate resolves to null.
        this.ResolveReference<VehicleReference, VehicleRecord>((context, reference) => VehiclesByPlate.Loader.Load(context, reference.Plate)!);
        this.DataSubject(vehicle => vehicle.OwnerFiscalCode);

        Field<NonNullGraphType<StringGraphType>>("plate").Description("The plate, e.g. 'FX318KM' (Italian format AB123CD).").Resolve(context => context.Source.Plate);
        Field("make", v => v.Make).Description("The make, e.g. 'Fiat'.");
        Field("model", v => v.Model).Description("The model, e.g. 'Panda'.");
        Field<NonNullGraphType<VehicleFuelGraphType>>("fuel").Description("The fuel.").Resolve(context => context.Source.Fuel);
        Field<NonNullGraphType<VehicleEmissionClassGraphType>>("emissionClass").Description("The emission class (Euro 0-6).").Resolve(context => context.Source.EmissionClass);
        Field("powerKw", v => v.PowerKw).Description("The engine power in kW, the base of the vehicle tax.");
        Field<NonNullGraphType<DateOnlyGraphType>>("registrationDate").Description("The day of first registration.").Resolve(context => context.Source.RegistrationDate);
        Field<NonNullGraphType<CitizenGraphType>>("owner").Description("The owner.").Resolve(context => new MobilityCitizen(context.Source.OwnerFiscalCode));
        Field<VehicleTaxGraphType>("vehicleTax")
            .Description("The vehicle tax (bollo) period running now or last begun; null when none is recorded.")
            .Resolve(context => VehicleTaxByPlate.Loader.Load(context, context.Source.Plate));
        Field<NonNullGraphType<VehicleInsuranceGraphType>>("insurance").Description("The liability insurance (RC auto).").Resolve(context => context.Source);
        Field<NonNullGraphType<VehicleInspectionGraphType>>("inspection").Description("The periodic inspection (revisione).").Resolve(context => context.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrafficFineGraphType>>>>("trafficFines")
            .Description("The fines on this car, newest first.")
            .Resolve(context => FinesByPlate.Loader.LoadMany(context, context.Source.Plate));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ZtlPermitGraphType>>>>("ztlPermits")
            .Description("The ZTL permits for this car, valid or lapsed, newest first.")
            .Resolve(context => PermitsByPlate.Loader.LoadMany(context, context.Source.Plate));

        // Every field but the key is the owner's (what they drive, its tax, insurance and fines); the key
        // is what a caller already holds (vehicle(plate:)). The nested tax, insurance and inspection types
        // are reached only through these fields, so their check and audit happen here.
        foreach (var field in Fields.Where(f => f.Name != "plate"))
        {
            field.PersonalData(PersonalDataCategory.Common);
        }
    }
}
