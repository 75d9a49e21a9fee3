using Npgsql;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>Creates the subgraph's database when the server does not have it yet.</summary>
/// <remarks>
/// Only the seed command does this: provisioning is an explicit step, while a serving subgraph
/// pointed at a missing database should fail loudly rather than start empty.
/// </remarks>
internal static class SubgraphDatabase
{
    private const string DuplicateDatabase = "42P04";

    /// <summary>Connects to the server's <c>postgres</c> database and creates the named one if absent.</summary>
    /// <returns>True when the database was created.</returns>
    public static async Task<bool> EnsureExistsAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database;
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection))
        {
            exists.Parameters.Add(new NpgsqlParameter { Value = name });
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
            {
                return false;
            }
        }

        try
        {
            // Identifiers cannot be parameters; the name is quoted with its quotes doubled.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (PostgresException exception) when (exception.SqlState == DuplicateDatabase)
        {
            // Another replica's seed created it first: that is the outcome we wanted.
            return false;
        }
    }
}
