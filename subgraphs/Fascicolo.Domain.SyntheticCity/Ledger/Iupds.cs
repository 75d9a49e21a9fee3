namespace Fascicolo.Domain.SyntheticCity.Ledger;

/// <summary>
/// The city's debt position numbers (IUPD, at most 35 characters in GPD): a service prefix, the year
/// and a sequence, e.g. <c>IMU-2024-0000042</c>. Each service owns its prefix, so facets never collide.
/// </summary>
public static class Iupds
{
    /// <summary>The IUPD of the <paramref name="sequence"/>-th position of a service in a year.</summary>
    public static string Format(PaymentService service, int year, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 9_999_999);
        return $"{Prefix(service)}-{year:D4}-{sequence:D7}";
    }

    /// <summary>The prefix of a service's IUPDs.</summary>
    public static string Prefix(PaymentService service) => service switch
    {
        PaymentService.Imu => "IMU",
        PaymentService.Tari => "TARI",
        PaymentService.VehicleTax => "BOLLO",
        PaymentService.TrafficFine => "CDS",
        PaymentService.SchoolCanteen => "MENSA",
        PaymentService.PermitFee => "PRAT",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Unknown payment service."),
    };
}
