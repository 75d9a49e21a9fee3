namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>What a debt position is for; stored and shown in constant case (e.g. <c>VEHICLE_TAX</c>).</summary>
internal enum PaymentService
{
    /// <summary>IMU, the municipal property tax.</summary>
    Imu,

    /// <summary>TARI, the waste tax (with the metropolitan city's TEFA).</summary>
    Tari,

    /// <summary>The regional vehicle tax (bollo auto).</summary>
    VehicleTax,

    /// <summary>A highway-code fine (verbale della polizia locale).</summary>
    TrafficFine,

    /// <summary>A school canteen bill.</summary>
    SchoolCanteen,

    /// <summary>The fees of a building or business procedure.</summary>
    PermitFee,
}
