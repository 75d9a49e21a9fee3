using Fascicolo.Subgraphs.Mobility.Data;

namespace Fascicolo.Subgraphs.Mobility.Transit;

/// <summary>
/// The next departures from a stop after an instant, as GTFS defines them: a trip runs on a service
/// day when its service's calendar covers the day's weekday and range and calendar_dates does not
/// remove it, or when calendar_dates adds it; its times count from "noon minus 12 hours" of that day
/// in the agency's time zone (midnight, except on the two days a year the clocks change), so a
/// 25:10:00 departure is at 01:10 the next morning. The service days before, of and after the
/// instant's local date are searched, which covers trips running past midnight. Trips that end at the
/// stop and stops without pick-up are left out (nobody departs from there), and so are stop times
/// without a time (stops that are not timepoints: GTFS leaves their times to interpolation).
/// </summary>
internal static class Departures
{
    private const string Sql = """
        with days as (
            select day::date as service_date,
                   ((day::date + time '12:00') at time zone f.timezone) - interval '12 hours' as day_start
            from gtfs_feed f,
                 generate_series((@after at time zone f.timezone)::date - 1, (@after at time zone f.timezone)::date + 1, interval '1 day') day),
        active as (
            select d.service_date, d.day_start, c.service_id
            from days d
            join gtfs_calendar c on d.service_date between c.start_date and c.end_date
             and case extract(isodow from d.service_date)::int
                     when 1 then c.monday when 2 then c.tuesday when 3 then c.wednesday when 4 then c.thursday
                     when 5 then c.friday when 6 then c.saturday else c.sunday end
            where not exists (
                select 1 from gtfs_calendar_date x
                where x.service_id = c.service_id and x.date = d.service_date and x.exception_type = 2)
            union
            select d.service_date, d.day_start, x.service_id
            from days d
            join gtfs_calendar_date x on x.date = d.service_date and x.exception_type = 1)
        select st.trip_id, t.route_id, coalesce(st.headsign, t.headsign), t.direction_id, a.service_date,
               st.departure_seconds, st.stop_sequence, a.day_start + make_interval(secs => st.departure_seconds) as departs_at
        from gtfs_stop_time st
        join gtfs_trip t on t.trip_id = st.trip_id
        join active a on a.service_id = t.service_id
        where st.stop_id = @stop
          and st.departure_seconds is not null
          and st.pickup_type is distinct from 1
          and a.day_start + make_interval(secs => st.departure_seconds) >= @after
          and exists (select 1 from gtfs_stop_time later where later.trip_id = st.trip_id and later.stop_sequence > st.stop_sequence)
        order by departs_at, t.route_id, st.trip_id
        limit @limit
        """;

    /// <summary>Fetches up to <paramref name="limit"/> departures from <paramref name="stopId"/> at or after <paramref name="after"/>.</summary>
    public static async Task<IReadOnlyList<DepartureRecord>> FindAsync(
        IServiceProvider services, string stopId, DateTimeOffset after, int limit, CancellationToken cancellationToken)
    {
        var rows = await SqlRows.QueryAsync(services, Sql, command =>
        {
            command.Parameters.AddWithValue("stop", stopId);
            command.Parameters.AddWithValue("after", after.UtcDateTime);
            command.Parameters.AddWithValue("limit", limit);
        }, reader => new DepartureRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetInt16(3),
            reader.GetFieldValue<DateOnly>(4),
            reader.GetInt32(5),
            reader.GetInt32(6),
            reader.GetFieldValue<DateTime>(7)), cancellationToken).ConfigureAwait(false);
        return [.. rows];
    }
}
