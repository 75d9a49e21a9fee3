namespace Fascicolo.Domain.Taxes.Imu;

/// <summary>The F24 tax codes (codici tributo) of IMU that the city's properties use.</summary>
public static class ImuTaxCodes
{
    /// <summary>Main home and its appurtenances (luxury categories only: the others are exempt).</summary>
    public const string MainHome = "3912";

    /// <summary>Other buildings (altri fabbricati).</summary>
    public const string OtherBuildings = "3918";

    /// <summary>Group D buildings, the State's share (7.6 per mille).</summary>
    public const string GroupDState = "3925";

    /// <summary>Group D buildings, the municipality's increase over the State's share.</summary>
    public const string GroupDMunicipality = "3930";
}
