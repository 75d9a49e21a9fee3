using Npgsql;

namespace Fascicolo.Audit.Store;

/// <summary>Reads the access log (needs <see cref="AccessLogDatabase.ReaderRole"/> or the owner).</summary>
/// <param name="dataSource">The access-log database.</param>
public sealed class AccessLogReader(NpgsqlDataSource dataSource)
{
    private const string BySubjectSql = $"""
        select {AccessEntryColumns.Select}
        from audit.access_entry
        where data_subject = $1 and ($2::bigint is null or seq < $2)
        order by seq desc
        limit $3
        """;

    private const string ByRequestSql = $"""
        select {AccessEntryColumns.Select}
        from audit.access_entry
        where request_id = $1
        order by seq
        """;

    /// <summary>
    /// The entries about one data subject, newest first, with keyset paging on <see cref="AccessEntry.Seq"/>
    /// (served by the index on <c>(data_subject, seq desc)</c>).
    /// </summary>
    /// <param name="dataSubject">Whose data was read (a fiscal code).</param>
    /// <param name="limit">The most entries to return (ask one more than a page to learn whether another follows).</param>
    /// <param name="olderThanSeq">Only entries older than this one (the last seq of the previous page); null for the newest.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>At most <paramref name="limit"/> entries, newest first.</returns>
    public async Task<IReadOnlyList<AccessEntry>> ReadBySubjectAsync(string dataSubject, int limit, long? olderThanSeq, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataSubject);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var command = dataSource.CreateCommand(BySubjectSql);
        command.Parameters.Add(new NpgsqlParameter { Value = dataSubject });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)olderThanSeq ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The entries of one request (every subgraph, every data subject), oldest first.</summary>
    /// <param name="requestId">The gateway's request id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries in chain order.</returns>
    public async Task<IReadOnlyList<AccessEntry>> ReadByRequestAsync(string requestId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestId);
        await using var command = dataSource.CreateCommand(ByRequestSql);
        command.Parameters.Add(new NpgsqlParameter { Value = requestId });
        return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<AccessEntry>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<AccessEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(AccessEntryColumns.ReadEntry(reader));
        }
        return entries;
    }
}
