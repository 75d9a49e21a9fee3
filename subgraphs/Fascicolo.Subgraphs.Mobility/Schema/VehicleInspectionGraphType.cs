using Fascicolo.Subgraphs.Mobility.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>A car's periodic inspection (revisione): 4 years after registration, then every 2.</summary>
internal sealed class VehicleInspectionGraphType : ObjectGraphType<VehicleRecord>
{
    /// <summary>Declares the fields; the source is the car.</summary>
    public VehicleInspectionGraphType()
    {
        Name = "VehicleInspection";
        Description = "A car's periodic inspection (revisione): due by the end of the month 4 years after first registration, then every 2 years.";
        Field<DateOnlyGraphType>("lastInspectedOn").Description("The day of the last inspection passed; null when none was due yet.").Resolve(context => context.Source.LastInspectedOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn").Description("The last day the next inspection may be passed on.").Resolve(context => context.Source.InspectionDueOn);
        Field<NonNullGraphType<VehicleInspectionStatusGraphType>>("status")
            .Description("Where the inspection stands today.")
            .Resolve(context => MobilityStatuses.Inspection(context.Source.InspectionDueOn, context.Today()));
    }
}
