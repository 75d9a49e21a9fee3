using Npgsql;

namespace Fascicolo.Subgraphs.Welfare.Data;

/// <summary>Social-service offices by code (batched) and the whole list.</summary>
internal static class SocialOffices
{
    /// <summary>Offices by code: <c>SocialCase.office</c>.</summary>
    public static readonly ReaderBatchLoader<SocialOfficeRecord> ByCode = new(
        $"select {SocialOfficeRecord.Columns} from social_office o where o.code = any(@keys)",
        SocialOfficeRecord.Read,
        o => o.Code);

    private const string AllSql = $"select {SocialOfficeRecord.Columns} from social_office o order by o.code";

    /// <summary>Every office, by code: <c>Query.socialOffices</c> (a few dozen rows).</summary>
    public static async Task<IReadOnlyList<SocialOfficeRecord>> ListAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(AllSql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var offices = new List<SocialOfficeRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            offices.Add(SocialOfficeRecord.Read(reader));
        }
        return offices;
    }
}
