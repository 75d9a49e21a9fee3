using System.Globalization;
using Npgsql;

namespace Fascicolo.Audit.Store;

/// <summary>
/// Walks the access log in seq order and recomputes every hash, stopping at the first entry that
/// does not verify (needs <see cref="AccessLogDatabase.ReaderRole"/> or the owner).
/// </summary>
/// <param name="dataSource">The access-log database.</param>
/// <param name="progressInterval">How many entries pass between two progress reports.</param>
public sealed class AccessLogVerifier(NpgsqlDataSource dataSource, int progressInterval = 10_000)
{
    private const string ChainSql = $"select {AccessEntryColumns.Select}, hash_version, prev_hash, hash from audit.access_entry order by seq";

    /// <summary>Verifies the whole chain as of one snapshot (entries appended meanwhile are not seen).</summary>
    /// <param name="progress">Receives the number of entries checked every <c>progressInterval</c> entries.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The outcome.</returns>
    public async Task<ChainVerification> VerifyAsync(IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(progressInterval);
        await using var command = dataSource.CreateCommand(ChainSql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var expectedSeq = 1L;
        var previousHash = AccessEntryHash.Genesis.ToArray();
        ChainHead? head = null;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var entry = AccessEntryColumns.ReadEntry(reader);
            var version = reader.GetInt16(AccessEntryColumns.Count);
            var storedPrevious = reader.GetFieldValue<byte[]>(AccessEntryColumns.Count + 1);
            var stored = reader.GetFieldValue<byte[]>(AccessEntryColumns.Count + 2);
            var failure = Check(entry, expectedSeq, version, previousHash, storedPrevious, stored);
            if (failure is not null)
            {
                return new ChainVerification(expectedSeq - 1, head, failure);
            }
            previousHash = stored;
            head = new ChainHead(entry.Seq, Convert.ToHexStringLower(stored));
            if (expectedSeq % progressInterval == 0)
            {
                progress?.Report(expectedSeq);
            }
            expectedSeq++;
        }
        return new ChainVerification(expectedSeq - 1, head, null);
    }

    private static ChainBreak? Check(AccessEntry entry, long expectedSeq, short version, byte[] previousHash, byte[] storedPrevious, byte[] stored)
    {
        var seq = entry.Seq;
        if (seq != expectedSeq)
        {
            return new ChainBreak(seq, ChainBreakKind.SeqGap, Invariant($"seq {seq} follows {expectedSeq - 1}: expected {expectedSeq} (entries missing or inserted out of order)."));
        }
        if (!storedPrevious.AsSpan().SequenceEqual(previousHash))
        {
            return new ChainBreak(seq, ChainBreakKind.PrevHashMismatch, Invariant($"prev_hash {Convert.ToHexStringLower(storedPrevious)} is not the hash of entry {seq - 1} ({Convert.ToHexStringLower(previousHash)}): entry {seq - 1} was replaced or rehashed."));
        }
        if (version != AccessEntryHash.CurrentVersion)
        {
            return new ChainBreak(seq, ChainBreakKind.UnknownVersion, Invariant($"hash_version {version} is unknown to this verifier (it knows {AccessEntryHash.CurrentVersion})."));
        }
        var computed = AccessEntryHash.Compute(version, seq, entry.Record, previousHash);
        return computed.AsSpan().SequenceEqual(stored)
            ? null
            : new ChainBreak(seq, ChainBreakKind.HashMismatch, Invariant($"the content hashes to {Convert.ToHexStringLower(computed)}, stored hash is {Convert.ToHexStringLower(stored)}: the entry was changed."));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
