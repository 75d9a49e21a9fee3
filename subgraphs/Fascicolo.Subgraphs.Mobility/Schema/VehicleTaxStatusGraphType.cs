using Fascicolo.Subgraphs.Mobility.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>The <c>VehicleTaxStatus</c> enum.</summary>
internal sealed class VehicleTaxStatusGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public VehicleTaxStatusGraphType()
    {
        Name = "VehicleTaxStatus";
        Description = "Where a vehicle tax period stands today.";
        Add("PAID", VehicleTaxStatus.Paid, "Paid.");
        Add("DUE", VehicleTaxStatus.Due, "Unpaid; the due date has not passed.");
        Add("OVERDUE", VehicleTaxStatus.Overdue, "Unpaid after the due date: penalties and interest accrue.");
        Add("EXEMPT", VehicleTaxStatus.Exempt, "Nothing to pay.");
    }
}
