using System.Globalization;
using Npgsql;

namespace Fascicolo.Testing;

/// <summary>
/// The PostgreSQL server the tests use, named by the environment variable
/// <c>FASCICOLO_TEST_POSTGRES</c> (a server-level Npgsql connection string of a superuser, no
/// database); <c>./build.sh test</c> starts a throwaway server and sets it.
/// </summary>
public sealed class PostgresServer
{
    /// <summary>The environment variable naming the server.</summary>
    public const string EnvironmentVariable = "FASCICOLO_TEST_POSTGRES";

    /// <summary>The message when the variable is not set.</summary>
    public const string MissingMessage = "Set FASCICOLO_TEST_POSTGRES or run ./build.sh test (it starts a throwaway PostgreSQL)";

    private readonly string _adminConnectionString;

    private PostgresServer(string connectionString)
    {
        ConnectionString = connectionString;
        _adminConnectionString = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" }.ConnectionString;
    }

    /// <summary>The server-level connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>The server named by <c>FASCICOLO_TEST_POSTGRES</c>.</summary>
    /// <returns>The server.</returns>
    /// <exception cref="InvalidOperationException">The variable is not set: the message says how to set it.</exception>
    public static PostgresServer FromEnvironment()
    {
        var connectionString = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(MissingMessage)
            : new PostgresServer(connectionString);
    }

    /// <summary>Creates a fresh, uniquely named database; disposing the result drops it.</summary>
    /// <param name="prefix">A readable prefix for the name (letters, digits, underscores).</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <returns>The database and its connection string.</returns>
    public async Task<TestDatabase> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var name = UniqueName(prefix);
        await ExecuteAsync($"create database \"{name}\"", cancellationToken).ConfigureAwait(false);
        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
        return new TestDatabase(this, name, connectionString);
    }

    /// <summary>Drops a database, disconnecting its sessions.</summary>
    internal Task DropDatabaseAsync(string name, CancellationToken cancellationToken) =>
        ExecuteAsync($"drop database if exists \"{name}\" with (force)", cancellationToken);

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string UniqueName(string prefix)
    {
        var clean = new string([.. prefix.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_')]);
        clean = clean.Length == 0 ? "test" : clean[..Math.Min(clean.Length, 30)];
        // Sortable by creation time, unique across parallel test processes, within PostgreSQL's 63 bytes.
        var unique = Guid.NewGuid().ToString("N")[..12];
        return string.Create(CultureInfo.InvariantCulture, $"{clean}_{DateTime.UtcNow:yyyyMMddHHmmss}_{unique}");
    }
}
