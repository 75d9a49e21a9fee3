namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>Energy certificates by code, a batch at a time.</summary>
internal static class EnergyCertificatesByCode
{
    private const string Sql = $"""
        select {EnergyCertificateRecord.Columns}
        from energy_certificate e
        where e.code = any(@keys)
        """;

    /// <summary>The loader of <c>Query.energyCertificate</c>.</summary>
    public static readonly RowLoader<string, EnergyCertificateRecord> Loader = new(Sql, EnergyCertificateRecord.Read, e => e.Code);
}
