namespace Fascicolo.Domain.SyntheticCity.Ledger;

/// <summary>What a payment due is for; each service numbers its own positions (see <see cref="Iupds"/>).</summary>
public enum PaymentService
{
    /// <summary>IMU, the municipal property tax (assessments of unpaid or short-paid years).</summary>
    Imu,

    /// <summary>TARI, the waste tax (assessments of unpaid instalments).</summary>
    Tari,

    /// <summary>The regional vehicle tax (bollo auto).</summary>
    VehicleTax,

    /// <summary>A fine under the highway code (verbale della polizia locale).</summary>
    TrafficFine,

    /// <summary>A school canteen bill.</summary>
    SchoolCanteen,

    /// <summary>The fees of a building or business procedure (diritti di istruttoria, oneri).</summary>
    PermitFee,
}
