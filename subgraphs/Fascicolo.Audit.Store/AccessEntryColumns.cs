using Npgsql;

namespace Fascicolo.Audit.Store;

/// <summary>The column list of an entry and how a row of it becomes an <see cref="AccessRecord"/>; shared by the readers.</summary>
internal static class AccessEntryColumns
{
    /// <summary>The columns, in the order <see cref="ReadRecord"/> expects them from ordinal 0.</summary>
    public const string Select = "seq, at, request_id, subgraph, actor_role, actor_subject, actor_ente, actor_department, assurance, purpose, client, data_subject, fields";

    /// <summary>The number of columns in <see cref="Select"/>.</summary>
    public const int Count = 13;

    /// <summary>Reads the current row's <see cref="Select"/> columns.</summary>
    public static AccessEntry ReadEntry(NpgsqlDataReader reader) => new(reader.GetInt64(0), ReadRecord(reader));

    private static AccessRecord ReadRecord(NpgsqlDataReader reader) => new(
        new DateTimeOffset(reader.GetFieldValue<DateTime>(1), TimeSpan.Zero),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        Text(reader, 5),
        Text(reader, 6),
        Text(reader, 7),
        reader.GetInt16(8),
        Text(reader, 9),
        Text(reader, 10),
        reader.GetString(11),
        reader.GetFieldValue<string[]>(12));

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
