using Npgsql;

namespace Fascicolo.Audit.Store.Tests;

public sealed class AccessLogDatabaseTests
{
    [Fact]
    public async Task MigrateAsync_Should_ApplyNothing_When_RunAgain()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync(migrate: false);

        var first = await AccessLogDatabase.MigrateAsync(database.ConnectionString, CancellationToken.None);
        var second = await AccessLogDatabase.MigrateAsync(database.ConnectionString, CancellationToken.None);

        Assert.Contains("0001_access_entry.sql", first);
        Assert.Empty(second);
        Assert.Equal(0L, await database.ScalarAsync<long>("select count(*) from audit.access_entry"));
    }

    [Fact]
    public async Task MigrateAsync_Should_SucceedOnce_When_ManyRunConcurrentlyOnOneDatabaseAndOthers()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync(migrate: false);
        await using var other = await AccessLogTestDatabase.CreateAsync(migrate: false);

        var runs = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => AccessLogDatabase.MigrateAsync((i % 2 == 0 ? database : other).ConnectionString, CancellationToken.None))));

        Assert.Equal(2, runs.Count(applied => applied.Contains("0001_access_entry.sql")));
        Assert.Equal(1L, await database.ScalarAsync<long>("select count(*) from audit.schema_migration where name = '0001_access_entry.sql'"));
    }

    [Fact]
    public async Task MigrateAsync_Should_CreateLoginRoles_When_Missing()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();

        var logins = await database.ScalarAsync<long>(
            "select count(*) from pg_roles where rolname in ('fascicolo_audit_writer', 'fascicolo_audit_reader') and rolcanlogin and not rolsuper");

        Assert.Equal(2L, logins);
    }

    [Theory]
    [InlineData("update audit.access_entry set purpose = 'changed'")]
    [InlineData("delete from audit.access_entry")]
    [InlineData("truncate audit.access_entry")]
    public async Task AccessEntry_Should_RefuseChange_When_EvenTheOwnerTries(string sql)
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();
        await new PostgresAccessLogWriter(database.Writer).AppendAsync([AccessRecords.Operator(1)], CancellationToken.None);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteAsync(sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        Assert.Equal(1L, await database.ScalarAsync<long>("select count(*) from audit.access_entry where purpose = 'pratica 1'"));
    }

    [Theory]
    [InlineData("select count(*) from audit.access_entry")]
    [InlineData("update audit.access_entry set purpose = 'changed'")]
    [InlineData("delete from audit.access_entry")]
    [InlineData("truncate audit.access_entry")]
    [InlineData("alter table audit.access_entry disable trigger access_entry_no_update_delete")]
    [InlineData("select * from audit.schema_migration")]
    public async Task WriterRole_Should_BeDenied_When_ItDoesMoreThanAppend(string sql)
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();
        await new PostgresAccessLogWriter(database.Writer).AppendAsync([AccessRecords.Operator(1)], CancellationToken.None);

        await using var command = database.Writer.CreateCommand(sql);
        var denied = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        // 42501 insufficient_privilege ("permission denied") or 42501-class "must be owner".
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);
        Assert.DoesNotContain("append-only", denied.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReaderRole_Should_ReadButNotAppend()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();
        await new PostgresAccessLogWriter(database.Writer).AppendAsync([AccessRecords.Operator(1)], CancellationToken.None);

        await using var count = database.Reader.CreateCommand("select count(*) from audit.access_entry");
        var denied = await Assert.ThrowsAsync<PostgresException>(() =>
            new PostgresAccessLogWriter(database.Reader).AppendAsync([AccessRecords.Operator(2)], CancellationToken.None));

        Assert.Equal(1L, await count.ExecuteScalarAsync());
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);
    }
}
