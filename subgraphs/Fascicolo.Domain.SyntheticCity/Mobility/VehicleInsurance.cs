namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>The compulsory third-party liability insurance (RC auto) of a car, as the ANIA database reports it.</summary>
/// <param name="Insurer">The insurance company.</param>
/// <param name="ExpiresOn">The last day of cover; a policy stays valid for 15 more days (periodo di tolleranza).</param>
public sealed record VehicleInsurance(string Insurer, DateOnly ExpiresOn)
{
    /// <summary>The days a policy still covers after it expires (art. 170-bis of the private insurance code).</summary>
    public const int GraceDays = 15;

    /// <summary>The last day the car is covered, grace period included.</summary>
    public DateOnly CoveredUntil => ExpiresOn.AddDays(GraceDays);
}
