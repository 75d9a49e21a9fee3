using Fascicolo.Domain.SyntheticCity.Welfare;
using Npgsql;

namespace Fascicolo.Subgraphs.Welfare.Data;

/// <summary>
/// An office's worklist: its cases, optionally in one status, ordered by id and paged by keyset
/// (strictly after the last id of the previous page), read off <c>social_case_office_idx</c>.
/// </summary>
internal static class SocialCaseWorklist
{
    private const string OfficeExistsSql = "select exists (select 1 from social_office o where o.code = @office)";

    /// <summary>Fetches up to <paramref name="limit"/> cases of the office with an id after <paramref name="after"/>.</summary>
    public static async Task<IReadOnlyList<SocialCaseRecord>> FindAsync(
        IServiceProvider services, string officeCode, SocialCaseStatus? status, string? after, int limit, CancellationToken cancellationToken)
    {
        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        await using var command = dataSource.CreateCommand(Build(status is not null, after is not null));
        command.Parameters.AddWithValue("office", officeCode);
        if (status is { } wanted)
        {
            command.Parameters.AddWithValue("status", (short)wanted);
        }
        if (after is not null)
        {
            command.Parameters.AddWithValue("after", after);
        }
        command.Parameters.AddWithValue("limit", limit);
        var cases = new List<SocialCaseRecord>(limit);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                cases.Add(SocialCaseRecord.Read(reader));
            }
        }
        return cases;
    }

    /// <summary>Whether an office has this code; asked only when a worklist page comes back empty.</summary>
    public static async Task<bool> OfficeExistsAsync(IServiceProvider services, string officeCode, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(OfficeExistsSql);
        command.Parameters.AddWithValue("office", officeCode);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static string Build(bool hasStatus, bool hasAfter)
    {
        var predicates = new List<string> { "c.office_code = @office" };
        if (hasStatus)
        {
            predicates.Add("c.status = @status");
        }
        if (hasAfter)
        {
            predicates.Add("c.id > @after");
        }
        return $"""
            select {SocialCaseRecord.Columns}
            from social_case c
            where {string.Join(" and ", predicates)}
            order by c.id
            limit @limit
            """;
    }
}
