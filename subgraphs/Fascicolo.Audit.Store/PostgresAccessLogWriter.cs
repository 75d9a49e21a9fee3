using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Fascicolo.Audit.Store;

/// <summary>
/// Appends to <c>audit.access_entry</c> in one transaction: a transaction-level advisory lock
/// serialises every appender of the database (replicas, processes), the chain head is read through
/// <c>audit.chain_head()</c> (the writer role cannot read the log itself), and the entries are
/// inserted with the next sequence numbers and their chained hashes in multi-row inserts.
/// </summary>
/// <param name="dataSource">The access-log database, typically as <see cref="AccessLogDatabase.WriterRole"/>.</param>
public sealed class PostgresAccessLogWriter(NpgsqlDataSource dataSource) : IAccessLogWriter
{
    // The appenders' lock ("FascAppd"); advisory locks are per database.
    private const long AppendLockKey = 0x4661_7363_4170_7064;

    // 14 parameters a row: well under PostgreSQL's 65,535 bind parameters per statement.
    private const int RowsPerStatement = 1000;

    private const string Columns = "seq, at, request_id, subgraph, actor_role, actor_subject, actor_ente, actor_department, assurance, purpose, client, data_subject, fields, hash_version, prev_hash, hash";

    private const int ParametersPerRow = 16;

    /// <inheritdoc />
    public async Task AppendAsync(IReadOnlyList<AccessRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return;
        }
        var normalised = records.Select(Normalise).ToList();

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var @lock = new NpgsqlCommand($"select pg_advisory_xact_lock({AppendLockKey})", connection, transaction))
        {
            await @lock.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        // A separate statement after the lock: under READ COMMITTED it takes a fresh snapshot, so it
        // sees the entries of the appender that held the lock before us.
        var (seq, previousHash) = await ReadHeadAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        foreach (var chunk in normalised.Chunk(RowsPerStatement))
        {
            await using var insert = new NpgsqlCommand(null, connection, transaction);
            var sql = new StringBuilder("insert into audit.access_entry (").Append(Columns).Append(") values ");
            for (var row = 0; row < chunk.Length; row++)
            {
                seq++;
                var record = chunk[row];
                var hash = AccessEntryHash.Compute(AccessEntryHash.CurrentVersion, seq, record, previousHash);
                AddRow(insert.Parameters, seq, record, previousHash, hash);
                sql.Append(row == 0 ? "(" : ", (");
                for (var column = 1; column <= ParametersPerRow; column++)
                {
                    sql.Append(column == 1 ? "$" : ", $").Append((row * ParametersPerRow) + column);
                }
                sql.Append(')');
                previousHash = hash;
            }
            insert.CommandText = sql.ToString();
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(long Seq, byte[] Hash)> ReadHeadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select seq, hash from audit.chain_head()", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        // An empty log: chain_head() yields one row of nulls.
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && !reader.IsDBNull(0)
            ? (reader.GetInt64(0), reader.GetFieldValue<byte[]>(1))
            : (0, AccessEntryHash.Genesis.ToArray());
    }

    private static void AddRow(NpgsqlParameterCollection parameters, long seq, AccessRecord record, byte[] previousHash, byte[] hash)
    {
        parameters.Add(new NpgsqlParameter<long> { TypedValue = seq });
        parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = record.At.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        parameters.Add(Text(record.RequestId));
        parameters.Add(Text(record.Subgraph));
        parameters.Add(Text(record.ActorRole));
        parameters.Add(Text(record.ActorSubject));
        parameters.Add(Text(record.ActorEnte));
        parameters.Add(Text(record.ActorDepartment));
        parameters.Add(new NpgsqlParameter<short> { TypedValue = checked((short)record.Assurance) });
        parameters.Add(Text(record.Purpose));
        parameters.Add(Text(record.Client));
        parameters.Add(Text(record.DataSubject));
        parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. record.Fields], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        parameters.Add(new NpgsqlParameter<short> { TypedValue = AccessEntryHash.CurrentVersion });
        parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = previousHash });
        parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = hash });
    }

    private static NpgsqlParameter Text(string? value) =>
        new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    // What is hashed must be exactly what PostgreSQL gives back: the time to the microsecond in
    // UTC, and the fields in one canonical order (the contract says sorted and distinct; enforce it).
    private static AccessRecord Normalise(AccessRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Require(record.RequestId, nameof(AccessRecord.RequestId));
        Require(record.Subgraph, nameof(AccessRecord.Subgraph));
        Require(record.ActorRole, nameof(AccessRecord.ActorRole));
        Require(record.DataSubject, nameof(AccessRecord.DataSubject));
        ArgumentNullException.ThrowIfNull(record.Fields);
        if (record.Assurance is < short.MinValue or > short.MaxValue)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Assurance {record.Assurance} is out of range."), nameof(record));
        }
        return record with
        {
            At = AccessEntryHash.TruncateToMicroseconds(record.At),
            Fields = [.. record.Fields.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
    }

    private static void Require(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException($"An access record needs a {name}.", name);
        }
    }
}
