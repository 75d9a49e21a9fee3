using Npgsql;

namespace Fascicolo.Audit.Store.Tests;

/// <summary>The stored rows, read as the owner, for assertions on what the writer wrote.</summary>
internal sealed record StoredEntry(long Seq, AccessRecord Record, short HashVersion, byte[] PrevHash, byte[] Hash)
{
    public static async Task<IReadOnlyList<StoredEntry>> ReadAllAsync(NpgsqlDataSource owner)
    {
        await using var command = owner.CreateCommand("""
            select seq, at, request_id, subgraph, actor_role, actor_subject, actor_ente, actor_department,
                   assurance, purpose, client, data_subject, fields, hash_version, prev_hash, hash
            from audit.access_entry order by seq
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var entries = new List<StoredEntry>();
        while (await reader.ReadAsync())
        {
            string? Text(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
            var record = new AccessRecord(
                new DateTimeOffset(reader.GetFieldValue<DateTime>(1), TimeSpan.Zero),
                reader.GetString(2), reader.GetString(3), reader.GetString(4), Text(5), Text(6), Text(7),
                reader.GetInt16(8), Text(9), Text(10), reader.GetString(11), reader.GetFieldValue<string[]>(12));
            entries.Add(new StoredEntry(reader.GetInt64(0), record, reader.GetInt16(13), reader.GetFieldValue<byte[]>(14), reader.GetFieldValue<byte[]>(15)));
        }
        return entries;
    }
}
