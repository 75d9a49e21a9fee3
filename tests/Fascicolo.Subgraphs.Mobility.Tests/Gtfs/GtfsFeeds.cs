namespace Fascicolo.Subgraphs.Mobility.Tests.Gtfs;

/// <summary>Small GTFS feeds written inline, valid unless a test changes a file.</summary>
internal static class GtfsFeeds
{
    /// <summary>
    /// One agency without an id, two stops, one route, one trip running past midnight on weekdays
    /// (calendar.txt) plus a Sunday added by calendar_dates.txt; optional columns mostly left out,
    /// columns in an unusual order, an unknown column, a BOM and a quoted name with a comma.
    /// </summary>
    public static Dictionary<string, string> Minimal() => new(StringComparer.Ordinal)
    {
        ["agency.txt"] = "\uFEFFagency_name,agency_url,agency_timezone\r\nAMT Genova,https://www.amt.genova.it,Europe/Rome\r\n",
        ["stops.txt"] = "stop_name,stop_id,stop_lat,stop_lon,platform_code\n\"De Ferrari, metro\",S1,44.4074,8.9341,\nBrignole,S2,44.4067,8.9454,B\n",
        ["routes.txt"] = "route_id,route_short_name,route_type\nM,M,1\n",
        ["trips.txt"] = "route_id,service_id,trip_id\nM,WD,T1\n",
        ["stop_times.txt"] = "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,23:58:00,23:58:00,S1,1\nT1,24:03:30,24:03:30,S2,2\n",
        ["calendar.txt"] = "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWD,1,1,1,1,1,0,0,20260101,20261231\n",
        ["calendar_dates.txt"] = "service_id,date,exception_type\nWD,20260104,1\nHOLIDAY,20260106,1\n",
    };

    /// <summary>The minimal feed with one file replaced.</summary>
    public static Dictionary<string, string> With(string file, string text)
    {
        var feed = Minimal();
        feed[file] = text;
        return feed;
    }

    /// <summary>The minimal feed without one file.</summary>
    public static Dictionary<string, string> Without(string file)
    {
        var feed = Minimal();
        feed.Remove(file);
        return feed;
    }
}
