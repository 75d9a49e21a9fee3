using Fascicolo.Audit.Store;
using Fascicolo.Testing;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Fascicolo.Subgraphs.Audit.Tests;

/// <summary>
/// The audit subgraph on real Kestrel over its own access-log database (it migrates it at start, as in
/// <c>up</c>). The kit appends every subgraph's reads to <c>ConnectionStrings:audit</c>, which for this
/// subgraph is its own database: so reading <c>accessLog</c> lands in the log being read, as it does live.
/// </summary>
public sealed class AuditFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private SubgraphTestHost? _host;
    private NpgsqlDataSource? _owner;

    /// <summary>The started subgraph.</summary>
    public SubgraphTestHost Host => _host ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>The access log's database as its owner.</summary>
    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>Appends to the log as the insert-only writer role, as the other subgraphs do.</summary>
    public IAccessLogWriter Writer { get; private set; } = null!;

    /// <summary>Reads the log as its owner (for assertions).</summary>
    public AccessLogReader Reader { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresServer.FromEnvironment().CreateDatabaseAsync("audit_subgraph");
        _host = await SubgraphTestHost.StartAsync(new AuditModule(), new SubgraphTestHostOptions
        {
            Database = _database,
            // After the host's own settings: both the module's database and the kit's access log are this one.
            Configure = builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:audit"] = _database.ConnectionString,
            }),
        });
        _owner = NpgsqlDataSource.Create(_database.ConnectionString);
        var writerConnection = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Username = AccessLogDatabase.WriterRole }.ConnectionString;
        Writer = new PostgresAccessLogWriter(NpgsqlDataSource.Create(writerConnection));
        Reader = new AccessLogReader(_owner);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        if (_owner is not null)
        {
            await _owner.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

/// <summary>The test classes sharing one <see cref="AuditFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class AuditSubgraph : ICollectionFixture<AuditFixture>
{
    public const string Name = "audit";
}
