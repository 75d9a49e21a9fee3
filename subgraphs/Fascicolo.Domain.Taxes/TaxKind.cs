namespace Fascicolo.Domain.Taxes;

/// <summary>The municipal taxes of the taxpayer's position.</summary>
public enum TaxKind
{
    /// <summary>IMU, the municipal property tax (imposta municipale propria), paid with the F24 form.</summary>
    Imu = 1,

    /// <summary>TARI, the waste tax (tassa sui rifiuti), billed by the city and paid through pagoPA.</summary>
    Tari = 2,
}
