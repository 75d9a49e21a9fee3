namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>The colour of a weather alert; green, the absence of an alert, is never issued. The numbers are stored.</summary>
public enum AlertColour
{
    /// <summary>Allerta gialla.</summary>
    Yellow = 1,

    /// <summary>Allerta arancione.</summary>
    Orange = 2,

    /// <summary>Allerta rossa.</summary>
    Red = 3,
}
