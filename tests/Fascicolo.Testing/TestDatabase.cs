namespace Fascicolo.Testing;

/// <summary>A database created for a test fixture; disposing drops it (<c>WITH (FORCE)</c>).</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly PostgresServer _server;
    private int _disposed;

    internal TestDatabase(PostgresServer server, string name, string connectionString)
    {
        _server = server;
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The database name.</summary>
    public string Name { get; }

    /// <summary>The connection string of the database.</summary>
    public string ConnectionString { get; }

    /// <summary>Drops the database, disconnecting whoever is still connected.</summary>
    /// <returns>A task that completes when the database is gone.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _server.DropDatabaseAsync(Name, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
