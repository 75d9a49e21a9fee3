namespace Fascicolo.Domain.Taxes.Imu;

/// <summary>How a property was taxed: which rate, or none.</summary>
public enum ImuTreatment
{
    /// <summary>Not taxed: a main home of a non-luxury category, or one of its appurtenances.</summary>
    ExemptMainHome = 1,

    /// <summary>A luxury main home (A/1, A/8, A/9) or one of its appurtenances: the main-home rate and deduction.</summary>
    LuxuryMainHome = 2,

    /// <summary>Let at an agreed rent: the agreed-rent rate, then the tax reduced by 25%.</summary>
    AgreedRent = 3,

    /// <summary>A group D building: the group D rate, its standard share to the State.</summary>
    GroupD = 4,

    /// <summary>The ordinary rate.</summary>
    Ordinary = 5,
}
