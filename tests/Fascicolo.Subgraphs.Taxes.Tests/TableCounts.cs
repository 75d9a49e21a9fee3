using Npgsql;

namespace Fascicolo.Subgraphs.Taxes.Tests;

/// <summary>The row count of every table of the subgraph: a failed request must leave them as they were.</summary>
internal static class TableCounts
{
    private static readonly string[] Tables =
        ["tax_year", "imu_holding", "tari_occupancy", "tax_payment", "tax_assessment", "tax_assessment_item", "tax_refund"];

    public static async Task<Dictionary<string, long>> ReadAsync(TaxesFixture fixture)
    {
        await using var connection = new NpgsqlConnection(fixture.Host.Database.ConnectionString);
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand($"select count(*) from {table}", connection);
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }
        return counts;
    }
}
