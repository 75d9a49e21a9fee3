namespace Fascicolo.Audit.Store.Tests;

public sealed class AccessLogVerifierTests
{
    [Fact]
    public async Task VerifyAsync_Should_BeValidWithoutHead_When_TheLogIsEmpty()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();

        var result = await new AccessLogVerifier(database.Reader).VerifyAsync(null, CancellationToken.None);

        Assert.True(result.IsValid);
        Assert.Equal(0, result.EntriesChecked);
        Assert.Null(result.Head);
    }

    [Fact]
    public async Task VerifyAsync_Should_BeValidAndReportProgress_When_NothingWasTouched()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();
        await AppendAsync(database, 25);
        var progress = new List<long>();

        var result = await new AccessLogVerifier(database.Reader, progressInterval: 10).VerifyAsync(new SynchronousProgress(progress.Add), CancellationToken.None);

        Assert.True(result.IsValid, result.Break?.Detail);
        Assert.Equal(25, result.EntriesChecked);
        Assert.Equal([10L, 20L], progress);
        var head = Convert.ToHexStringLower(await database.ScalarAsync<byte[]>("select hash from audit.access_entry where seq = 25") ?? []);
        Assert.Equal(new ChainHead(25, head), result.Head);
    }

    [Fact]
    public async Task VerifyAsync_Should_ReportHashMismatch_When_AnEntryWasUpdated()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();
        await AppendAsync(database, 10);

        await TamperAsync(database, "update audit.access_entry set purpose = 'nothing to see' where seq = 6");
        var result = await new AccessLogVerifier(database.Reader).VerifyAsync(null, CancellationToken.None);

        Assert.Equal(new ChainBreak(6, ChainBreakKind.HashMismatch, result.Break?.Detail ?? ""), result.Break);
        Assert.Equal(5, result.EntriesChecked);
        Assert.Equal(5, result.Head?.Seq);
    }

    [Fact]
    public async Task VerifyAsync_Should_ReportPrevHashMismatch_When_AnUpdatedEntryWasRehashed()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();
        await AppendAsync(database, 10);
        var entries = await StoredEntry.ReadAllAsync(database.Owner);
        var forged = entries[3].Record with { ActorSubject = "someone-else" };
        var rehashed = Convert.ToHexStringLower(AccessEntryHash.Compute(AccessEntryHash.CurrentVersion, 4, forged, entries[3].PrevHash));

        await TamperAsync(database, $"update audit.access_entry set actor_subject = 'someone-else', hash = '\\x{rehashed}' where seq = 4");
        var result = await new AccessLogVerifier(database.Reader).VerifyAsync(null, CancellationToken.None);

        Assert.Equal((5L, ChainBreakKind.PrevHashMismatch), (result.Break?.Seq, result.Break?.Kind));
    }

    [Theory]
    [InlineData(7, 8)]
    [InlineData(1, 2)]
    public async Task VerifyAsync_Should_ReportSeqGap_When_AnEntryWasDeleted(int deleted, int reported)
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();
        await AppendAsync(database, 10);

        await TamperAsync(database, $"delete from audit.access_entry where seq = {deleted}");
        var result = await new AccessLogVerifier(database.Reader).VerifyAsync(null, CancellationToken.None);

        Assert.Equal((reported, ChainBreakKind.SeqGap), (result.Break?.Seq, result.Break?.Kind));
        Assert.Contains($"expected {deleted}", result.Break?.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_Should_ReportUnknownVersion_When_AnEntryClaimsAnotherEncoding()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();
        await AppendAsync(database, 3);

        await TamperAsync(database, "update audit.access_entry set hash_version = 9 where seq = 2");
        var result = await new AccessLogVerifier(database.Reader).VerifyAsync(null, CancellationToken.None);

        Assert.Equal((2L, ChainBreakKind.UnknownVersion), (result.Break?.Seq, result.Break?.Kind));
    }

    [Fact]
    public async Task VerifyAsync_Should_BeValid_When_ManyWritersAppendedConcurrently()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await new PostgresAccessLogWriter(database.Writer).AppendAsync([AccessRecords.Operator((w * 100) + i), AccessRecords.Citizen((w * 100) + i, "GHGPLA64A25D969M")], CancellationToken.None);
            }
        })));
        var result = await new AccessLogVerifier(database.Reader).VerifyAsync(null, CancellationToken.None);

        Assert.True(result.IsValid, result.Break?.Detail);
        Assert.Equal(100, result.EntriesChecked);
    }

    private static async Task AppendAsync(AccessLogTestDatabase database, int count)
    {
        var writer = new PostgresAccessLogWriter(database.Writer);
        foreach (var chunk in Enumerable.Range(1, count).Chunk(3))
        {
            await writer.AppendAsync([.. chunk.Select(n => AccessRecords.Operator(n))], CancellationToken.None);
        }
    }

    // The superuser can switch the append-only trigger off: what the chain exists to expose.
    private static Task TamperAsync(AccessLogTestDatabase database, string sql) => database.ExecuteAsync($"""
        alter table audit.access_entry disable trigger access_entry_no_update_delete;
        {sql};
        alter table audit.access_entry enable trigger access_entry_no_update_delete;
        """);

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
