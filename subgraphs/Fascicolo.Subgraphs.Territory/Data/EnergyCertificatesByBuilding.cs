namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>The energy certificates of buildings' units, a batch of buildings at a time.</summary>
internal static class EnergyCertificatesByBuilding
{
    // Newest first: the certificate that counts is the latest valid one.
    private const string Sql = $"""
        select {EnergyCertificateRecord.Columns}
        from energy_certificate e
        where e.building_id = any(@keys)
        order by e.building_id, e.issued_on desc, e.code desc
        """;

    /// <summary>The loader of <c>Building.energyCertificates</c> and <c>Building.energyClass</c>.</summary>
    public static readonly RowLoader<string, EnergyCertificateRecord> Loader = new(Sql, EnergyCertificateRecord.Read, e => e.BuildingId);
}
