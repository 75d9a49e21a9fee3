using Fascicolo.Subgraphs.Payments.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>The <c>PaymentService</c> enum: what a position is for.</summary>
internal sealed class PaymentServiceGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public PaymentServiceGraphType()
    {
        Name = "PaymentService";
        Description = "What a debt position is for.";
        Add(PaymentService.Imu, "IMU, the municipal property tax.");
        Add(PaymentService.Tari, "TARI, the waste tax, with the metropolitan city's TEFA.");
        Add(PaymentService.VehicleTax, "The regional vehicle tax (bollo auto).");
        Add(PaymentService.TrafficFine, "A highway-code fine (verbale della polizia locale).");
        Add(PaymentService.SchoolCanteen, "A school canteen bill.");
        Add(PaymentService.PermitFee, "The fees of a building or business procedure.");
    }

    private void Add(PaymentService service, string description) => Add(service.ToCode(), service, description);
}
