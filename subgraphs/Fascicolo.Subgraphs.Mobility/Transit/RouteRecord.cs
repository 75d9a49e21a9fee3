using Npgsql;

namespace Fascicolo.Subgraphs.Mobility.Transit;

/// <summary>A row of <c>gtfs_route</c>.</summary>
internal sealed record RouteRecord(string RouteId, string AgencyId, string? ShortName, string? LongName, int Type, string? Color, string? TextColor, int? SortOrder)
{
    /// <summary>The select list <see cref="Read"/> expects, on alias <c>r</c>.</summary>
    public const string Columns = "r.route_id, r.agency_id, r.short_name, r.long_name, r.type, r.color, r.text_color, r.sort_order";

    /// <summary>The order routes are listed in: the feed's sort order, then names as people read them (2 before 10).</summary>
    public const string Order = "r.sort_order nulls last, length(coalesce(r.short_name, r.long_name)), coalesce(r.short_name, r.long_name), r.route_id";

    /// <summary>Reads the current row from <paramref name="offset"/> (selected with <see cref="Columns"/>).</summary>
    public static RouteRecord Read(NpgsqlDataReader reader, int offset = 0) => new(
        reader.GetString(offset),
        reader.GetString(offset + 1),
        reader.IsDBNull(offset + 2) ? null : reader.GetString(offset + 2),
        reader.IsDBNull(offset + 3) ? null : reader.GetString(offset + 3),
        reader.GetInt32(offset + 4),
        reader.IsDBNull(offset + 5) ? null : reader.GetString(offset + 5),
        reader.IsDBNull(offset + 6) ? null : reader.GetString(offset + 6),
        reader.IsDBNull(offset + 7) ? null : reader.GetInt32(offset + 7));
}
