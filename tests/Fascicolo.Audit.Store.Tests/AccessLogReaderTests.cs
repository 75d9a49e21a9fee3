namespace Fascicolo.Audit.Store.Tests;

public sealed class AccessLogReaderTests
{
    private const string Parent = "PRDGLI85D57D969T";
    private const string Other = "BRZMRC78S08D969N";

    // One shared instance: records compare their field lists by reference.
    private static readonly IReadOnlyList<string> NoFields = [];

    [Fact]
    public async Task ReadBySubjectAsync_Should_PageNewestFirst_When_FollowingTheLastSeq()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();
        var writer = new PostgresAccessLogWriter(database.Writer);
        for (var i = 1; i <= 7; i++)
        {
            await writer.AppendAsync([AccessRecords.Operator(i, Parent), AccessRecords.Operator(100 + i, Other)], CancellationToken.None);
        }
        var reader = new AccessLogReader(database.Reader);

        var first = await reader.ReadBySubjectAsync(Parent, 3, null, CancellationToken.None);
        var second = await reader.ReadBySubjectAsync(Parent, 3, first[^1].Seq, CancellationToken.None);
        var last = await reader.ReadBySubjectAsync(Parent, 3, second[^1].Seq, CancellationToken.None);

        Assert.Equal(["req-7", "req-6", "req-5"], first.Select(entry => entry.Record.RequestId));
        Assert.Equal(["req-4", "req-3", "req-2"], second.Select(entry => entry.Record.RequestId));
        Assert.Equal(["req-1"], last.Select(entry => entry.Record.RequestId));
        Assert.All(first.Concat(second).Concat(last), entry => Assert.Equal(Parent, entry.Record.DataSubject));
        var written = AccessRecords.Operator(7, Parent);
        Assert.Equal(written with { At = AccessEntryHash.TruncateToMicroseconds(written.At), Fields = NoFields }, first[0].Record with { Fields = NoFields });
        Assert.Equal(written.Fields.Order(StringComparer.Ordinal), first[0].Record.Fields);
    }

    [Fact]
    public async Task ReadBySubjectAsync_Should_ReturnNothing_When_NobodyReadTheSubject()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();
        await new PostgresAccessLogWriter(database.Writer).AppendAsync([AccessRecords.Operator(1, Other)], CancellationToken.None);

        var entries = await new AccessLogReader(database.Reader).ReadBySubjectAsync(Parent, 20, null, CancellationToken.None);

        Assert.Empty(entries);
    }

    [Fact]
    public async Task ReadByRequestAsync_Should_ReturnEveryEntryOfTheRequestInChainOrder()
    {
        await using var database = await AccessLogTestDatabase.CreateAsync();
        var writer = new PostgresAccessLogWriter(database.Writer);
        await writer.AppendAsync([AccessRecords.Operator(1, Parent) with { RequestId = "r-x" }, AccessRecords.Operator(2, Other)], CancellationToken.None);
        await writer.AppendAsync([AccessRecords.Operator(3, Other) with { RequestId = "r-x", Subgraph = "mobility" }], CancellationToken.None);

        var entries = await new AccessLogReader(database.Reader).ReadByRequestAsync("r-x", CancellationToken.None);

        Assert.Equal([(1L, Parent, "welfare"), (3L, Other, "mobility")], entries.Select(entry => (entry.Seq, entry.Record.DataSubject, entry.Record.Subgraph)));
    }
}
