namespace Fascicolo.Subgraphs.Mobility;

/// <summary>The <c>extensions.code</c> values the mobility subgraph adds to the kit's.</summary>
internal static class MobilityErrorCodes
{
    /// <summary>A plate is not in the Italian format <c>AB123CD</c> (letters without I, O, Q, U).</summary>
    public const string InvalidPlate = "INVALID_PLATE";

    /// <summary>A verbale number is not <c>YYYY/NNNNNNN</c>.</summary>
    public const string InvalidFineNumber = "INVALID_FINE_NUMBER";

    /// <summary>A latitude or longitude is outside −90..90 / −180..180 or not a number.</summary>
    public const string InvalidCoordinates = "INVALID_COORDINATES";

    /// <summary>A search radius is outside 1..5,000 metres.</summary>
    public const string InvalidRadius = "INVALID_RADIUS";

    /// <summary>A stop id names no stop of the loaded feed (or no feed is loaded).</summary>
    public const string UnknownStop = "UNKNOWN_STOP";

    /// <summary>A power in kW is not between 1 and 1,000.</summary>
    public const string InvalidPower = "INVALID_POWER";

    /// <summary>A date is out of range (a registration in the future, before 1900...).</summary>
    public const string InvalidDate = "INVALID_DATE";
}
