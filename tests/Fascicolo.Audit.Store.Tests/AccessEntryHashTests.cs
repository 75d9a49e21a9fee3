namespace Fascicolo.Audit.Store.Tests;

public sealed class AccessEntryHashTests
{
    private static readonly byte[] Previous = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];

    public static TheoryData<string> Changes => [.. ChangedRecords().Keys];

    [Theory]
    [MemberData(nameof(Changes))]
    public void Compute_Should_ChangeTheHash_When_AnyPartOfTheEntryChanges(string change)
    {
        var original = AccessEntryHash.Compute(AccessEntryHash.CurrentVersion, 5, AccessRecords.Operator(1), Previous);

        var changed = AccessEntryHash.Compute(AccessEntryHash.CurrentVersion, 5, ChangedRecords()[change], Previous);

        Assert.NotEqual(original, changed);
    }

    [Fact]
    public void Compute_Should_ChangeTheHash_When_TheSeqOrThePreviousHashChanges()
    {
        var record = AccessRecords.Operator(1);
        var original = AccessEntryHash.Compute(AccessEntryHash.CurrentVersion, 5, record, Previous);

        Assert.NotEqual(original, AccessEntryHash.Compute(AccessEntryHash.CurrentVersion, 6, record, Previous));
        Assert.NotEqual(original, AccessEntryHash.Compute(AccessEntryHash.CurrentVersion, 5, record, AccessEntryHash.Genesis.Span));
        Assert.Equal(original, AccessEntryHash.Compute(AccessEntryHash.CurrentVersion, 5, record with { Fields = [.. record.Fields] }, Previous));
    }

    [Fact]
    public void Compute_Should_Refuse_When_TheVersionIsUnknown()
    {
        Assert.Throws<NotSupportedException>(() => AccessEntryHash.Compute(2, 1, AccessRecords.Operator(1), Previous));
    }

    [Fact]
    public void TruncateToMicroseconds_Should_DropSubMicrosecondTicksAndConvertToUtc()
    {
        var at = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.FromHours(2)).AddTicks(19);

        var truncated = AccessEntryHash.TruncateToMicroseconds(at);

        Assert.Equal(new DateTimeOffset(2026, 1, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(10), truncated);
        Assert.Equal(TimeSpan.Zero, truncated.Offset);
    }

    private static Dictionary<string, AccessRecord> ChangedRecords()
    {
        var r = AccessRecords.Operator(1);
        return new()
        {
            ["at +1µs"] = r with { At = r.At.AddTicks(10) },
            ["request id"] = r with { RequestId = "req-2" },
            ["subgraph"] = r with { Subgraph = "taxes" },
            ["role"] = r with { ActorRole = "service" },
            ["subject"] = r with { ActorSubject = "op-2" },
            ["subject null"] = r with { ActorSubject = null },
            ["ente"] = r with { ActorEnte = "C621" },
            ["department"] = r with { ActorDepartment = "taxes" },
            ["assurance"] = r with { Assurance = 3 },
            ["purpose"] = r with { Purpose = "altro" },
            ["purpose empty, not null"] = r with { Purpose = "" },
            ["client null"] = r with { Client = null },
            ["data subject"] = r with { DataSubject = "GHGPLA64A25D969M" },
            ["one field fewer"] = r with { Fields = [r.Fields[0]] },
            ["fields re-split"] = r with { Fields = [r.Fields[0] + r.Fields[1]] },
            ["boundary moved"] = r with { RequestId = r.RequestId + "w", Subgraph = r.Subgraph[1..] },
        };
    }
}
