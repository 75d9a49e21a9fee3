using Npgsql;

namespace Fascicolo.Subgraphs.Mobility.Transit;

/// <summary>A row of <c>gtfs_stop</c>.</summary>
internal sealed record StopRecord(string StopId, string? Code, string? Name, double? Latitude, double? Longitude, int LocationType, int? WheelchairBoarding)
{
    /// <summary>The select list <see cref="Read"/> expects, on alias <c>s</c>.</summary>
    public const string Columns = "s.stop_id, s.code, s.name, s.latitude, s.longitude, s.location_type, s.wheelchair_boarding";

    /// <summary>Reads the current row from <paramref name="offset"/> (selected with <see cref="Columns"/>).</summary>
    public static StopRecord Read(NpgsqlDataReader reader, int offset = 0) => new(
        reader.GetString(offset),
        reader.IsDBNull(offset + 1) ? null : reader.GetString(offset + 1),
        reader.IsDBNull(offset + 2) ? null : reader.GetString(offset + 2),
        reader.IsDBNull(offset + 3) ? null : reader.GetDouble(offset + 3),
        reader.IsDBNull(offset + 4) ? null : reader.GetDouble(offset + 4),
        reader.GetInt16(offset + 5),
        reader.IsDBNull(offset + 6) ? null : reader.GetInt16(offset + 6));
}
