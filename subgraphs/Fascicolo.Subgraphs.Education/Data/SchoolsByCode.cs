using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>Schools by code, a batch at a time.</summary>
internal static class SchoolsByCode
{
    private const string Sql = $"""
        select {SchoolRecord.Columns}
        from school s
        where s.code = any(@keys)
        """;

    /// <summary>The loader every field resolving a school by code shares; unknown codes have no row.</summary>
    public static readonly BatchLoader<string, SchoolRecord> Loader = KeyedQuery.Loader(Sql, SchoolRecord.Read, s => s.Code);
}
