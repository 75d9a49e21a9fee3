using Fascicolo.Subgraphs.Mobility.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>The <c>VehicleInspectionStatus</c> enum.</summary>
internal sealed class VehicleInspectionStatusGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public VehicleInspectionStatusGraphType()
    {
        Name = "VehicleInspectionStatus";
        Description = "Where a car's periodic inspection (revisione) stands today.";
        Add("VALID", InspectionStatus.Valid, "The next inspection is more than 60 days away.");
        Add("DUE_SOON", InspectionStatus.DueSoon, "Due within 60 days.");
        Add("OVERDUE", InspectionStatus.Overdue, "The due date has passed.");
    }
}
