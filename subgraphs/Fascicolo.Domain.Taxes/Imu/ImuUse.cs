namespace Fascicolo.Domain.Taxes.Imu;

/// <summary>What the taxpayer does with a property, as far as IMU is concerned.</summary>
public enum ImuUse
{
    /// <summary>Anything else: a second home, a vacant dwelling, a garage of no main home.</summary>
    Other = 1,

    /// <summary>The main home (abitazione principale): the owner and his household live there.</summary>
    MainHome = 2,

    /// <summary>A C/2, C/6 or C/7 unit serving the main home (pertinenza); at most one per category.</summary>
    MainHomeAppurtenance = 3,

    /// <summary>Let on the free market (canone libero): the ordinary rate.</summary>
    Let = 4,

    /// <summary>Let at an agreed rent (canone concordato, L. 431/1998): its own rate, and the tax reduced by 25%.</summary>
    LetAtAgreedRent = 5,
}
