namespace Fascicolo.Domain.SyntheticCity;

/// <summary>What a building is mainly used for.</summary>
public enum BuildingUse
{
    /// <summary>Dwellings only.</summary>
    Residential,

    /// <summary>Shops on the ground floor, dwellings above.</summary>
    Mixed,

    /// <summary>Shops or offices, no dwellings.</summary>
    Commercial,

    /// <summary>Schools, offices of public bodies and the like, no dwellings.</summary>
    Public,
}
