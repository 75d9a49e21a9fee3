using Fascicolo.Domain.SyntheticCity.Territory;
using Npgsql;

namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>A row of <c>civil_protection_alert</c>: one zone's alert of a regional alert message.</summary>
/// <param name="Id">The alert id, e.g. <c>ALR-2025-014-B</c>.</param>
/// <param name="ZoneCode">The zone.</param>
/// <param name="Type">What it is for.</param>
/// <param name="Colour">Its colour.</param>
/// <param name="Phase">The phase municipalities take at least.</param>
/// <param name="IssuedAt">When the message was published (UTC).</param>
/// <param name="ValidFrom">When it starts (UTC).</param>
/// <param name="ValidTo">When it ends (UTC, exclusive).</param>
internal sealed record AlertRecord(
    string Id,
    string ZoneCode,
    AlertType Type,
    AlertColour Colour,
    AlertPhase Phase,
    DateTime IssuedAt,
    DateTime ValidFrom,
    DateTime ValidTo)
{
    /// <summary>The select list <see cref="Read"/> expects, for <c>civil_protection_alert a</c>.</summary>
    public const string Columns = "a.id, a.zone_code, a.type, a.colour, a.phase, a.issued_at, a.valid_from, a.valid_to";

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static AlertRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        (AlertType)reader.GetInt16(2),
        (AlertColour)reader.GetInt16(3),
        (AlertPhase)reader.GetInt16(4),
        reader.GetDateTime(5),
        reader.GetDateTime(6),
        reader.GetDateTime(7));
}
