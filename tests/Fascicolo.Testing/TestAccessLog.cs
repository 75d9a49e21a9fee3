using Fascicolo.Audit.Store;
using Npgsql;

namespace Fascicolo.Testing;

/// <summary>
/// The access log of the test process: one database on the test server, created and migrated
/// (<see cref="AccessLogDatabase.MigrateAsync"/>) on first use, shared by every
/// <see cref="SubgraphTestHost"/> of the process (<c>ConnectionStrings:audit</c>), dropped at exit.
/// Tests find their entries by request id (<see cref="TestCallers"/> gives each caller a fresh one)
/// or by data subject.
/// </summary>
public static class TestAccessLog
{
    private static readonly Lazy<Task<(TestDatabase Database, string Writer)>> Log = new(CreateAsync);

    /// <summary>The connection string of the database as its owner (a superuser of the test server).</summary>
    /// <returns>The connection string.</returns>
    public static async Task<string> OwnerConnectionStringAsync() => (await Log.Value.ConfigureAwait(false)).Database.ConnectionString;

    /// <summary>
    /// The connection string subgraphs append with: as <see cref="AccessLogDatabase.WriterRole"/> (insert
    /// only), as in production; as the owner on a server where that role cannot sign in without a password.
    /// </summary>
    /// <returns>The connection string.</returns>
    public static async Task<string> WriterConnectionStringAsync() => (await Log.Value.ConfigureAwait(false)).Writer;

    /// <summary>The entries of one request, in log order.</summary>
    /// <param name="requestId">The request id (the caller's <c>RequestId</c>).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The entries.</returns>
    public static Task<IReadOnlyList<AccessRecord>> ReadByRequestAsync(string requestId, CancellationToken cancellationToken = default) =>
        ReadAsync("request_id", requestId, cancellationToken);

    /// <summary>The entries of one data subject, in log order.</summary>
    /// <param name="fiscalCode">Whose data was read.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The entries.</returns>
    public static Task<IReadOnlyList<AccessRecord>> ReadBySubjectAsync(string fiscalCode, CancellationToken cancellationToken = default) =>
        ReadAsync("data_subject", fiscalCode, cancellationToken);

    private static async Task<IReadOnlyList<AccessRecord>> ReadAsync(string column, string value, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(await OwnerConnectionStringAsync().ConfigureAwait(false));
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        // The column is one of two constants above, never input.
#pragma warning disable CA2100
        await using var command = new NpgsqlCommand(
            $"""
            select at, request_id, subgraph, actor_role, actor_subject, actor_ente, actor_department, assurance, purpose, client, data_subject, fields
            from audit.access_entry where {column} = $1 order by seq
            """, connection);
#pragma warning restore CA2100
        command.Parameters.Add(new NpgsqlParameter { Value = value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var records = new List<AccessRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(new AccessRecord(
                reader.GetFieldValue<DateTimeOffset>(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                Text(reader, 4),
                Text(reader, 5),
                Text(reader, 6),
                reader.GetInt16(7),
                Text(reader, 8),
                Text(reader, 9),
                reader.GetString(10),
                reader.GetFieldValue<string[]>(11)));
        }
        return records;
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static async Task<(TestDatabase, string)> CreateAsync()
    {
        var database = await PostgresServer.FromEnvironment().CreateDatabaseAsync("access_log").ConfigureAwait(false);
        await AccessLogDatabase.MigrateAsync(database.ConnectionString, CancellationToken.None).ConfigureAwait(false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropQuietly(database);
        var writer = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = AccessLogDatabase.WriterRole, Password = null }.ConnectionString;
        return (database, await CanSignInAsync(writer).ConfigureAwait(false) ? writer : database.ConnectionString);
    }

    private static async Task<bool> CanSignInAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync().ConfigureAwait(false);
            return true;
        }
        catch (PostgresException exception) when (exception.SqlState is "28P01" or "28000")
        {
            // Password or pg_hba refusal: a server not set up for passwordless roles.
            return false;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    private static void DropQuietly(TestDatabase database)
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            database.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // The process is ending; a leftover test database on a throwaway server is harmless.
        }
    }
}
