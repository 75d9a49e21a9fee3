using Npgsql;

namespace Fascicolo.Audit.Store.Tests;

public sealed class PostgresAccessLogWriterTests
{
    [Fact]
    public async Task AppendAsync_Should_StoreEveryColumn_When_WritingAsTheWriterRole()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();
        var written = AccessRecords.Operator(7) with { At = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1)).AddTicks(1_234_567) };
        var citizen = AccessRecords.Citizen(1, "PRDGLI85D57D969T");

        await new PostgresAccessLogWriter(database.Writer).AppendAsync([written, citizen], CancellationToken.None);

        var stored = await StoredEntry.ReadAllAsync(database.Owner);
        Assert.Equal([1L, 2L], stored.Select(entry => entry.Seq));
        var first = stored[0].Record;
        // Stored in UTC to the microsecond: the last tick digit (100 ns) is gone.
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero).AddTicks(1_234_560), first.At);
        Assert.Equal(
            (written.RequestId, written.Subgraph, written.ActorRole, written.ActorSubject, written.ActorEnte, written.ActorDepartment, written.Assurance, written.Purpose, written.Client, written.DataSubject),
            (first.RequestId, first.Subgraph, first.ActorRole, first.ActorSubject, first.ActorEnte, first.ActorDepartment, first.Assurance, first.Purpose, first.Client, first.DataSubject));
        // Sorted and distinct, whatever order the caller used.
        Assert.Equal(["Citizen.socialFolder", "SocialCase.services"], first.Fields);
        Assert.Null(stored[1].Record.ActorEnte);
        Assert.Null(stored[1].Record.Purpose);
    }

    [Fact]
    public async Task AppendAsync_Should_ChainEveryHash_When_AppendingSeveralBatches()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();
        var writer = new PostgresAccessLogWriter(database.Writer);

        await writer.AppendAsync([AccessRecords.Operator(1), AccessRecords.Operator(2)], CancellationToken.None);
        await writer.AppendAsync([AccessRecords.Operator(3)], CancellationToken.None);
        await writer.AppendAsync([AccessRecords.Citizen(4, "GHGPLA64A25D969M"), AccessRecords.Operator(5)], CancellationToken.None);

        var stored = await StoredEntry.ReadAllAsync(database.Owner);
        AssertValidChain(stored, 5);
    }

    [Fact]
    public async Task AppendAsync_Should_StoreNothingAndLeaveNoGap_When_OneRecordOfTheBatchFails()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();
        var writer = new PostgresAccessLogWriter(database.Writer);
        await writer.AppendAsync([AccessRecords.Operator(1)], CancellationToken.None);
        // PostgreSQL text cannot hold NUL: the third row of the insert fails on the server.
        var poisoned = AccessRecords.Operator(4) with { Purpose = "bad\0purpose" };

        await Assert.ThrowsAnyAsync<Exception>(() =>
            writer.AppendAsync([AccessRecords.Operator(2), AccessRecords.Operator(3), poisoned], CancellationToken.None));
        await writer.AppendAsync([AccessRecords.Operator(5)], CancellationToken.None);

        var stored = await StoredEntry.ReadAllAsync(database.Owner);
        Assert.Equal(["req-1", "req-5"], stored.Select(entry => entry.Record.RequestId));
        AssertValidChain(stored, 2);
    }

    [Fact]
    public async Task AppendAsync_Should_KeepOneGaplessChain_When_ManyWritersAppendConcurrently()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();
        const int Writers = 6;
        const int AppendsEach = 15;

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            // One data source per writer: separate pools, as separate processes would have.
            await using var dataSource = NpgsqlDataSource.Create(database.As(AccessLogDatabase.WriterRole));
            var writer = new PostgresAccessLogWriter(dataSource);
            for (var i = 0; i < AppendsEach; i++)
            {
                var index = (w * 1000) + (i * 10);
                await writer.AppendAsync([.. Enumerable.Range(index, 1 + (i % 3)).Select(n => AccessRecords.Operator(n))], CancellationToken.None);
            }
        })));

        var stored = await StoredEntry.ReadAllAsync(database.Owner);
        AssertValidChain(stored, Writers * Enumerable.Range(0, AppendsEach).Sum(i => 1 + (i % 3)));
        Assert.Equal(stored.Count, stored.Select(entry => entry.Record.RequestId).Distinct().Count());
    }

    [Fact]
    public async Task AppendAsync_Should_SplitIntoStatements_When_TheBatchIsLarge()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();

        await new PostgresAccessLogWriter(database.Writer).AppendAsync([.. Enumerable.Range(1, 2_345).Select(n => AccessRecords.Operator(n))], CancellationToken.None);

        var stored = await StoredEntry.ReadAllAsync(database.Owner);
        AssertValidChain(stored, 2_345);
        Assert.Equal("req-2345", stored[^1].Record.RequestId);
    }

    [Fact]
    public async Task AppendAsync_Should_DoNothing_When_ThereAreNoRecords()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();

        await new PostgresAccessLogWriter(database.Writer).AppendAsync([], CancellationToken.None);

        Assert.Empty(await StoredEntry.ReadAllAsync(database.Owner));
    }

    [Fact]
    public async Task AppendAsync_Should_Throw_When_TheLogIsNotMigrated()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync(migrate: false);

        var failure = await Assert.ThrowsAsync<PostgresException>(() =>
            new PostgresAccessLogWriter(database.Owner).AppendAsync([AccessRecords.Operator(1)], CancellationToken.None));

        Assert.Equal(PostgresErrorCodes.InvalidSchemaName, failure.SqlState);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task AppendAsync_Should_Refuse_When_TheDataSubjectIsMissing(string? dataSubject)
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            new PostgresAccessLogWriter(database.Writer).AppendAsync([AccessRecords.Operator(1) with { DataSubject = dataSubject! }], CancellationToken.None));

        Assert.Empty(await StoredEntry.ReadAllAsync(database.Owner));
    }

    private static void AssertValidChain(IReadOnlyList<StoredEntry> stored, int expectedCount)
    {
        Assert.Equal(Enumerable.Range(1, expectedCount).Select(n => (long)n), stored.Select(entry => entry.Seq));
        var previous = AccessEntryHash.Genesis.ToArray();
        foreach (var entry in stored)
        {
            Assert.Equal(previous, entry.PrevHash);
            Assert.Equal(AccessEntryHash.Compute(entry.HashVersion, entry.Seq, entry.Record, entry.PrevHash), entry.Hash);
            previous = entry.Hash;
        }
    }
}
