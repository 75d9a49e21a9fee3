using Fascicolo.Subgraphs.Mobility.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>The <c>VehicleInsuranceStatus</c> enum.</summary>
internal sealed class VehicleInsuranceStatusGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public VehicleInsuranceStatusGraphType()
    {
        Name = "VehicleInsuranceStatus";
        Description = "Whether a car's liability insurance (RC auto) covers it today.";
        Add("VALID", InsuranceStatus.Valid, "The policy runs.");
        Add("GRACE_PERIOD", InsuranceStatus.GracePeriod, "Expired less than 15 days ago: still covered.");
        Add("EXPIRED", InsuranceStatus.Expired, "Not covered.");
    }
}
