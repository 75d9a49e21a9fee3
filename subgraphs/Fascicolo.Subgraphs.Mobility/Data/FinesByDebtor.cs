using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Mobility.Data;

/// <summary>The fines of many debtors (the cars' owners), a batch at a time, newest first.</summary>
internal static class FinesByDebtor
{
    private const string Sql = $"""
        select {TrafficFineRecord.Columns}
        from traffic_fine f
        where f.debtor_fiscal_code = any(@keys)
        order by f.debtor_fiscal_code, f.committed_at desc, f.number
        """;

    /// <summary>The loader of <c>Citizen.trafficFines</c>.</summary>
    public static readonly BatchLoader<string, TrafficFineRecord> Loader = new(
        (debtors, services, ct) => SqlRows.ByKeysAsync(services, Sql, debtors, TrafficFineRecord.Read, ct), f => f.DebtorFiscalCode);
}
