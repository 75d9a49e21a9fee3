using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Mobility.Data;

namespace Fascicolo.Subgraphs.Mobility.Transit;

/// <summary>Agencies by id, a batch at a time.</summary>
internal static class AgenciesById
{
    private const string Sql = """
        select a.agency_id, a.name, a.url, a.timezone, a.lang, a.phone
        from gtfs_agency a
        where a.agency_id = any(@keys)
        """;

    /// <summary>The loader of <c>TransitRoute.agency</c>.</summary>
    public static readonly BatchLoader<string, AgencyRecord> Loader = new(
        (ids, services, ct) => SqlRows.ByKeysAsync(services, Sql, ids, r => new AgencyRecord(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
            r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5)), ct),
        a => a.AgencyId);
}
