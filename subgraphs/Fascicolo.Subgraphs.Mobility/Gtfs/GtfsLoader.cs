using Fascicolo.Subgraphs.Kit;
using Npgsql;
using NpgsqlTypes;

namespace Fascicolo.Subgraphs.Mobility.Gtfs;

/// <summary>
/// Loads a GTFS feed into the <c>gtfs_*</c> tables with binary COPY, file by file in dependency
/// order, checking every reference as rows stream through (<see cref="GtfsReferences"/>); then
/// derives each route's ordered stops and records the feed. It writes on the caller's connection
/// inside the caller's transaction: a failure leaves the transaction to roll back, so a load is
/// all or nothing.
/// </summary>
/// <param name="connection">An open connection with a transaction begun.</param>
/// <param name="progress">Where to report progress, by file.</param>
internal sealed class GtfsLoader(NpgsqlConnection connection, ISeedProgress progress)
{
    /// <summary>The tables a feed is loaded into, children first (the order to clear them in).</summary>
    public static readonly IReadOnlyList<string> Tables =
        ["gtfs_route_stop", "gtfs_stop_time", "gtfs_trip", "gtfs_calendar_date", "gtfs_calendar", "gtfs_route", "gtfs_stop", "gtfs_agency", "gtfs_feed"];

    private const string UniqueViolation = "23505";

    // Each route and direction takes the stop order of its trip with the most stops.
    private const string RouteStopsSql = """
        insert into gtfs_route_stop (route_id, direction_id, stop_sequence, stop_id)
        select longest.route_id, longest.direction_id,
               row_number() over (partition by longest.route_id, longest.direction_id order by st.stop_sequence),
               st.stop_id
        from (
            select distinct on (t.route_id, coalesce(t.direction_id, 0))
                   t.route_id, coalesce(t.direction_id, 0) as direction_id, t.trip_id
            from gtfs_trip t
            join (select trip_id, count(*) as stops from gtfs_stop_time group by trip_id) c on c.trip_id = t.trip_id
            order by t.route_id, coalesce(t.direction_id, 0), c.stops desc, t.trip_id) longest
        join gtfs_stop_time st on st.trip_id = longest.trip_id
        """;

    private const string FeedSql = """
        insert into gtfs_feed (source, timezone, agencies, stops, routes, trips, stop_times)
        values (@source, @timezone, @agencies, @stops, @routes, @trips, @stopTimes)
        """;

    /// <summary>Whether a feed is loaded, and from where.</summary>
    /// <returns>The source of the loaded feed, or null.</returns>
    public async Task<string?> LoadedSourceAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select source from gtfs_feed", connection);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <summary>Empties every GTFS table.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("truncate " + string.Join(", ", Tables), connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Loads the feed into the (empty) tables.</summary>
    /// <returns>The rows written per table.</returns>
    /// <exception cref="GtfsFeedException">The feed is invalid; nothing is committed by this method.</exception>
    public async Task<IReadOnlyDictionary<string, long>> LoadAsync(GtfsFeedSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.Exists("calendar.txt") && !source.Exists("calendar_dates.txt"))
        {
            throw new GtfsFeedException(GtfsErrorCodes.MissingFile, "calendar.txt", null,
                $"the feed ({source.Description}) has neither calendar.txt nor calendar_dates.txt: trips would have no service days.");
        }
        var reader = new GtfsFeedReader(source, progress.Report);
        var references = new GtfsReferences();
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);

        rows["gtfs_agency"] = await CopyAsync("gtfs_agency (agency_id, name, url, timezone, lang, phone)", "agency.txt", reader.Agencies(), async (w, a, ct) =>
        {
            references.Agency(a);
            await Text(w, a.Id, ct).ConfigureAwait(false);
            await Text(w, a.Name, ct).ConfigureAwait(false);
            await Text(w, a.Url, ct).ConfigureAwait(false);
            await Text(w, a.Timezone, ct).ConfigureAwait(false);
            await Text(w, a.Lang, ct).ConfigureAwait(false);
            await Text(w, a.Phone, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        rows["gtfs_stop"] = await CopyAsync("gtfs_stop (stop_id, code, name, latitude, longitude, location_type, parent_station, wheelchair_boarding)", "stops.txt", reader.Stops(), async (w, s, ct) =>
        {
            references.Stop(s);
            await Text(w, s.Id, ct).ConfigureAwait(false);
            await Text(w, s.Code, ct).ConfigureAwait(false);
            await Text(w, s.Name, ct).ConfigureAwait(false);
            await w.WriteAsync(s.Latitude, NpgsqlDbType.Double, ct).ConfigureAwait(false);
            await w.WriteAsync(s.Longitude, NpgsqlDbType.Double, ct).ConfigureAwait(false);
            await w.WriteAsync((short)s.LocationType, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
            await Text(w, s.ParentStation, ct).ConfigureAwait(false);
            await w.WriteAsync((short?)s.WheelchairBoarding, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        references.CheckParentStations();

        rows["gtfs_route"] = await CopyAsync("gtfs_route (route_id, agency_id, short_name, long_name, type, color, text_color, sort_order)", "routes.txt", reader.Routes(), async (w, r, ct) =>
        {
            var agencyId = references.Route(r);
            await Text(w, r.Id, ct).ConfigureAwait(false);
            await Text(w, agencyId, ct).ConfigureAwait(false);
            await Text(w, r.ShortName, ct).ConfigureAwait(false);
            await Text(w, r.LongName, ct).ConfigureAwait(false);
            await w.WriteAsync(r.Type, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
            await Text(w, r.Color, ct).ConfigureAwait(false);
            await Text(w, r.TextColor, ct).ConfigureAwait(false);
            await w.WriteAsync(r.SortOrder, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        rows["gtfs_calendar"] = await CopyAsync("gtfs_calendar (service_id, monday, tuesday, wednesday, thursday, friday, saturday, sunday, start_date, end_date)", "calendar.txt", reader.Calendars(), async (w, c, ct) =>
        {
            references.Calendar(c);
            await Text(w, c.ServiceId, ct).ConfigureAwait(false);
            foreach (var day in c.Days)
            {
                await w.WriteAsync(day, NpgsqlDbType.Boolean, ct).ConfigureAwait(false);
            }
            await w.WriteAsync(c.StartDate, NpgsqlDbType.Date, ct).ConfigureAwait(false);
            await w.WriteAsync(c.EndDate, NpgsqlDbType.Date, ct).ConfigureAwait(false);
        }, cancellationToken, required: false).ConfigureAwait(false);

        rows["gtfs_calendar_date"] = await CopyAsync("gtfs_calendar_date (service_id, date, exception_type)", "calendar_dates.txt", reader.CalendarDates(), async (w, d, ct) =>
        {
            references.CalendarDate(d);
            await Text(w, d.ServiceId, ct).ConfigureAwait(false);
            await w.WriteAsync(d.Date, NpgsqlDbType.Date, ct).ConfigureAwait(false);
            await w.WriteAsync((short)d.ExceptionType, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
        }, cancellationToken, required: false).ConfigureAwait(false);

        rows["gtfs_trip"] = await CopyAsync("gtfs_trip (trip_id, route_id, service_id, headsign, direction_id)", "trips.txt", reader.Trips(), async (w, t, ct) =>
        {
            references.Trip(t);
            await Text(w, t.Id, ct).ConfigureAwait(false);
            await Text(w, t.RouteId, ct).ConfigureAwait(false);
            await Text(w, t.ServiceId, ct).ConfigureAwait(false);
            await Text(w, t.Headsign, ct).ConfigureAwait(false);
            await w.WriteAsync((short?)t.DirectionId, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        rows["gtfs_stop_time"] = await CopyAsync("gtfs_stop_time (trip_id, stop_sequence, stop_id, arrival_seconds, departure_seconds, headsign, pickup_type, drop_off_type)", "stop_times.txt", reader.StopTimes(), async (w, s, ct) =>
        {
            references.StopTime(s);
            await Text(w, s.TripId, ct).ConfigureAwait(false);
            await w.WriteAsync(s.Sequence, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
            await Text(w, s.StopId, ct).ConfigureAwait(false);
            await w.WriteAsync(s.ArrivalSeconds, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
            await w.WriteAsync(s.DepartureSeconds, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
            await Text(w, s.Headsign, ct).ConfigureAwait(false);
            await w.WriteAsync((short?)s.PickupType, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
            await w.WriteAsync((short?)s.DropOffType, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        progress.Report("route stops", 0, 1);
        rows["gtfs_route_stop"] = await ExecuteAsync(RouteStopsSql, null, cancellationToken).ConfigureAwait(false);
        progress.Report("route stops", 1, 1);
        await ExecuteAsync(FeedSql, command =>
        {
            command.Parameters.AddWithValue("source", source.Description);
            command.Parameters.AddWithValue("timezone", references.Timezone!);
            command.Parameters.AddWithValue("agencies", (int)rows["gtfs_agency"]);
            command.Parameters.AddWithValue("stops", (int)rows["gtfs_stop"]);
            command.Parameters.AddWithValue("routes", (int)rows["gtfs_route"]);
            command.Parameters.AddWithValue("trips", (int)rows["gtfs_trip"]);
            command.Parameters.AddWithValue("stopTimes", rows["gtfs_stop_time"]);
        }, cancellationToken).ConfigureAwait(false);
        rows["gtfs_feed"] = 1;
        return rows;
    }

    private async Task<long> CopyAsync<T>(
        string target, string fileName, IEnumerable<T> rows, Func<NpgsqlBinaryImporter, T, CancellationToken, Task> write,
        CancellationToken cancellationToken, bool required = true)
    {
        try
        {
            ulong written;
            await using (var importer = await connection.BeginBinaryImportAsync($"copy {target} from stdin (format binary)", cancellationToken).ConfigureAwait(false))
            {
                foreach (var row in rows)
                {
                    await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await write(importer, row, cancellationToken).ConfigureAwait(false);
                }
                written = await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
            return required && written == 0
                ? throw new GtfsFeedException(GtfsErrorCodes.EmptyFile, fileName, null, "the file has a header but no rows.")
                : (long)written;
        }
        catch (PostgresException exception) when (exception.SqlState == UniqueViolation)
        {
            // Only keys the loader does not track itself get here (a stop time's trip and sequence).
            throw new GtfsFeedException(GtfsErrorCodes.DuplicateId, fileName, null, $"a key appears twice: {exception.Detail ?? exception.MessageText}");
        }
    }

    private async Task<long> ExecuteAsync(string sql, Action<NpgsqlCommand>? parameters, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        parameters?.Invoke(command);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task Text(NpgsqlBinaryImporter writer, string? value, CancellationToken cancellationToken) =>
        writer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);
}
