using Fascicolo.Testing;
using Npgsql;

namespace Fascicolo.Audit.Store.Tests;

/// <summary>A fresh, migrated access-log database for one test, with data sources as owner and as writer.</summary>
internal sealed class AccessLogTestDatabase : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private AccessLogTestDatabase(TestDatabase database)
    {
        _database = database;
        Owner = NpgsqlDataSource.Create(database.ConnectionString);
        Writer = NpgsqlDataSource.Create(As(AccessLogDatabase.WriterRole));
        Reader = NpgsqlDataSource.Create(As(AccessLogDatabase.ReaderRole));
    }

    public string ConnectionString => _database.ConnectionString;

    /// <summary>The superuser the tests run as (the owner).</summary>
    public NpgsqlDataSource Owner { get; }

    public NpgsqlDataSource Writer { get; }

    public NpgsqlDataSource Reader { get; }

    public static async Task<AccessLogTestDatabase> CreateAsync(bool migrate = true)
    {
        var database = await PostgresServer.FromEnvironment().CreateDatabaseAsync("audit_store");
        if (migrate)
        {
            await AccessLogDatabase.MigrateAsync(database.ConnectionString, CancellationToken.None);
        }
        return new AccessLogTestDatabase(database);
    }

    public string As(string role) =>
        new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Username = role }.ConnectionString;

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var command = Owner.CreateCommand(sql);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull or null ? default : (T)value;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = Owner.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Owner.DisposeAsync();
        await Writer.DisposeAsync();
        await Reader.DisposeAsync();
        await _database.DisposeAsync();
    }
}
