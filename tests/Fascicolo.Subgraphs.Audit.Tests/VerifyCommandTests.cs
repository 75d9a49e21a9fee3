using Fascicolo.Audit.Store;
using Fascicolo.Subgraphs.Audit.Verify;
using Fascicolo.Testing;
using Npgsql;

namespace Fascicolo.Subgraphs.Audit.Tests;

/// <summary><c>verify</c>: exit 0 and the head when the chain holds, 1 and the first broken entry when it does not.</summary>
public sealed class VerifyCommandTests : IAsyncLifetime
{
    private TestDatabase? _database;

    private TestDatabase Database => _database!;

    public async Task InitializeAsync()
    {
        _database = await PostgresServer.FromEnvironment().CreateDatabaseAsync("audit_verify");
        await AccessLogDatabase.MigrateAsync(Database.ConnectionString, CancellationToken.None);
        await using var dataSource = NpgsqlDataSource.Create(Database.ConnectionString);
        var writer = new PostgresAccessLogWriter(dataSource);
        for (var i = 0; i < 3; i++)
        {
            await writer.AppendAsync(
                [new AccessRecord(new DateTimeOffset(2026, 3, 2, 9, i, 0, TimeSpan.Zero), "req-" + i, "welfare", "operator", "op", "D969", "social", 2, "pratica", null, "RPTSRA91B54D969U", ["Citizen.socialFolder"])],
                CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Verify_Should_ExitZeroAndPrintTheHead_When_TheChainIsIntact()
    {
        var (exitCode, output, error) = await RunAsync("--ConnectionStrings:audit=" + Database.ConnectionString);

        Assert.Equal(VerifyCommand.Valid, exitCode);
        Assert.Contains("VALID: 3 entries", output, StringComparison.Ordinal);
        Assert.Contains("seq 3, hash ", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public async Task Verify_Should_ExitOneAndNameTheEntry_When_ARowWasChanged()
    {
        await using (var dataSource = NpgsqlDataSource.Create(Database.ConnectionString))
        await using (var tamper = dataSource.CreateCommand("""
            alter table audit.access_entry disable trigger access_entry_no_update_delete;
            update audit.access_entry set actor_department = 'taxes' where seq = 2;
            alter table audit.access_entry enable trigger access_entry_no_update_delete;
            """))
        {
            await tamper.ExecuteNonQueryAsync();
        }

        var (exitCode, _, error) = await RunAsync("--ConnectionStrings:audit=" + Database.ConnectionString);

        Assert.Equal(VerifyCommand.Broken, exitCode);
        Assert.Contains("BROKEN at seq 2 (HashMismatch)", error, StringComparison.Ordinal);
        Assert.Contains("1 entries verified before it; last verified entry: seq 1", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--full")]
    [InlineData("now")]
    public async Task Verify_Should_ExitTwo_When_AnArgumentIsUnknown(string argument)
    {
        var (exitCode, _, error) = await RunAsync("--ConnectionStrings:audit=" + Database.ConnectionString, argument);

        Assert.Equal(VerifyCommand.BadUsage, exitCode);
        Assert.Contains("usage: verify", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_Should_ExitTwo_When_NoConnectionStringIsConfigured()
    {
        var (exitCode, _, error) = await RunAsync();

        Assert.Equal(VerifyCommand.BadUsage, exitCode);
        Assert.Contains("ConnectionStrings:audit is not set", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_Should_ExitThree_When_TheDatabaseHasNoLog()
    {
        await using var empty = await PostgresServer.FromEnvironment().CreateDatabaseAsync("audit_none");

        var (exitCode, _, error) = await RunAsync("--ConnectionStrings:audit=" + empty.ConnectionString);

        Assert.Equal(VerifyCommand.Unreadable, exitCode);
        Assert.Contains("could not read the access log", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Program_Should_RouteVerify_When_RunAsAProcess()
    {
        var assembly = typeof(AuditModule).Assembly.Location;

        var result = await ProcessRunner.RunAsync("dotnet", [assembly, "verify", "--ConnectionStrings:audit=" + Database.ConnectionString], Path.GetDirectoryName(assembly)!, TimeSpan.FromMinutes(1));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("VALID: 3 entries", result.Output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await VerifyCommand.RunAsync(args, new AuditModule(), output, error, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }
}
