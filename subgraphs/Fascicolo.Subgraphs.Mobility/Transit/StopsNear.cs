using Fascicolo.Subgraphs.Mobility.Data;

namespace Fascicolo.Subgraphs.Mobility.Transit;

/// <summary>
/// The boardable stops (location_type 0) within a radius of a point, nearest first: a latitude and
/// longitude box narrows the scan on the position index, then the haversine distance decides.
/// </summary>
internal static class StopsNear
{
    /// <summary>Metres per degree of latitude (and of longitude at the equator).</summary>
    public const double MetresPerDegree = 111_320;

    private const string Sql = $"""
        select {StopRecord.Columns}, d.metres
        from gtfs_stop s
        cross join lateral (
            select 2 * 6371000 * asin(sqrt(
                power(sin(radians(s.latitude - @latitude) / 2), 2)
                + cos(radians(@latitude)) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - @longitude) / 2), 2))) as metres) d
        where s.location_type = 0
          and s.latitude between @south and @north
          and s.longitude between @west and @east
          and d.metres <= @radius
        order by d.metres, s.stop_id
        limit @limit
        """;

    /// <summary>Fetches up to <paramref name="limit"/> stops within <paramref name="radiusMetres"/> of the point.</summary>
    public static async Task<IReadOnlyList<NearbyStop>> FindAsync(
        IServiceProvider services, double latitude, double longitude, int radiusMetres, int limit, CancellationToken cancellationToken)
    {
        var latitudeSpan = radiusMetres / MetresPerDegree;
        var cosine = Math.Cos(double.DegreesToRadians(latitude));
        // Near the poles a degree of longitude shrinks to nothing: search every longitude there.
        var longitudeSpan = cosine < 0.01 ? 180 : Math.Min(180, radiusMetres / (MetresPerDegree * cosine));
        var rows = await SqlRows.QueryAsync(services, Sql, command =>
        {
            command.Parameters.AddWithValue("latitude", latitude);
            command.Parameters.AddWithValue("longitude", longitude);
            command.Parameters.AddWithValue("south", latitude - latitudeSpan);
            command.Parameters.AddWithValue("north", latitude + latitudeSpan);
            command.Parameters.AddWithValue("west", longitude - longitudeSpan);
            command.Parameters.AddWithValue("east", longitude + longitudeSpan);
            command.Parameters.AddWithValue("radius", (double)radiusMetres);
            command.Parameters.AddWithValue("limit", limit);
        }, reader => new NearbyStop(StopRecord.Read(reader), (int)Math.Round(reader.GetDouble(7))), cancellationToken).ConfigureAwait(false);
        return [.. rows];
    }
}
