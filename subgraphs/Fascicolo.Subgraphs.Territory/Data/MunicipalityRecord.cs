using Npgsql;

namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>A row of <c>municipality</c>: a comune of the city, with its weather alert zone.</summary>
/// <param name="BelfioreCode">The cadastral code, e.g. <c>D969</c>.</param>
/// <param name="IstatCode">The six-digit ISTAT code, e.g. <c>010025</c>.</param>
/// <param name="Name">The official Italian name.</param>
/// <param name="Province">The province's two-letter abbreviation.</param>
/// <param name="AlertZoneCode">Its alert zone, <c>A</c> to <c>E</c>.</param>
internal sealed record MunicipalityRecord(string BelfioreCode, string IstatCode, string Name, string Province, string AlertZoneCode)
{
    /// <summary>The columns <see cref="Read"/> expects, for <c>municipality m</c>.</summary>
    public const string Columns = "m.belfiore_code, m.istat_code, m.name, m.province, m.alert_zone_code";

    /// <summary>Reads <see cref="Columns"/> starting at column <paramref name="first"/>.</summary>
    public static MunicipalityRecord Read(NpgsqlDataReader reader, int first = 0) => new(
        reader.GetString(first),
        reader.GetString(first + 1),
        reader.GetString(first + 2),
        reader.GetString(first + 3),
        reader.GetString(first + 4));
}
