namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>A weather alert for one zone, as the regional alert message (messaggio di allertamento) sets it.</summary>
/// <param name="Id">Stable id, <c>ALR-</c> + year + the message's number in the year + zone, e.g. <c>ALR-2025-014-B</c>.</param>
/// <param name="ZoneCode">The <see cref="AlertZone.Code"/>.</param>
/// <param name="Type">What it is for.</param>
/// <param name="Colour">Its colour.</param>
/// <param name="IssuedAt">When the message was published (UTC).</param>
/// <param name="ValidFrom">When the alert starts (UTC).</param>
/// <param name="ValidTo">When it ends (UTC, exclusive).</param>
public sealed record CivilProtectionAlert(
    string Id,
    string ZoneCode,
    AlertType Type,
    AlertColour Colour,
    DateTime IssuedAt,
    DateTime ValidFrom,
    DateTime ValidTo)
{
    /// <summary>The phase municipalities take at least: attention for yellow, pre-alarm for orange, alarm for red.</summary>
    public AlertPhase Phase => PhaseFor(Colour);

    /// <summary>The least phase an alert colour requires under Liguria's procedures.</summary>
    public static AlertPhase PhaseFor(AlertColour colour) => colour switch
    {
        AlertColour.Yellow => AlertPhase.Attention,
        AlertColour.Orange => AlertPhase.PreAlarm,
        AlertColour.Red => AlertPhase.Alarm,
        _ => throw new ArgumentOutOfRangeException(nameof(colour), colour, "Unknown alert colour."),
    };

    /// <summary>Whether the alert is in force at <paramref name="instant"/> (UTC).</summary>
    public bool IsActiveAt(DateTime instant) => ValidFrom <= instant && instant < ValidTo;
}
