using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Fascicolo.Audit.Store;

/// <summary>
/// The hash chain of the access log: each entry's hash is SHA-256 over the previous entry's hash
/// followed by a canonical encoding of the entry. The writer and the verifier share this one
/// definition, so the two cannot drift apart.
/// </summary>
/// <remarks>
/// Encoding version 1, all integers big-endian: the version (1 byte), <c>seq</c> (int64), <c>at</c> as
/// microseconds since the Unix epoch in UTC (int64; PostgreSQL keeps microseconds, so the writer
/// truncates before hashing and storing), then request id, subgraph, actor role, actor subject,
/// actor ente, actor department, the level of assurance (int32), purpose, client, data subject, and
/// the field count (int32) followed by each field. A string is its UTF-8 byte length (int32, -1 for
/// null) followed by its bytes: length prefixes keep ("ab","c") and ("a","bc") apart, and null apart
/// from "". A change of this layout is a new version; stored entries keep the version they were hashed with.
/// </remarks>
public static class AccessEntryHash
{
    /// <summary>The encoding version new entries are hashed with.</summary>
    public const short CurrentVersion = 1;

    /// <summary>The size of a hash in bytes.</summary>
    public const int Size = SHA256.HashSizeInBytes;

    private const int NullLength = -1;

    /// <summary>The previous hash of the first entry: 32 zero bytes.</summary>
    public static ReadOnlyMemory<byte> Genesis { get; } = new byte[Size];

    /// <summary>Truncates a time to the microsecond, the precision PostgreSQL stores, in UTC.</summary>
    /// <param name="at">The time.</param>
    /// <returns>The same instant to the microsecond, with offset zero.</returns>
    public static DateTimeOffset TruncateToMicroseconds(DateTimeOffset at)
    {
        var ticks = at.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
    }

    /// <summary>Computes an entry's hash.</summary>
    /// <param name="version">The encoding version (only <see cref="CurrentVersion"/> exists).</param>
    /// <param name="seq">The entry's position in the chain, from 1.</param>
    /// <param name="record">The entry; its time must already be truncated to the microsecond.</param>
    /// <param name="previousHash">The previous entry's hash, or <see cref="Genesis"/>.</param>
    /// <returns>The 32-byte hash.</returns>
    /// <exception cref="NotSupportedException">The version is unknown.</exception>
    public static byte[] Compute(short version, long seq, AccessRecord record, ReadOnlySpan<byte> previousHash)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (version != CurrentVersion)
        {
            throw new NotSupportedException($"Access-log hash encoding version {version} is unknown (this build knows version {CurrentVersion}).");
        }
        if (previousHash.Length != Size)
        {
            throw new ArgumentException($"A previous hash has {Size} bytes, not {previousHash.Length}.", nameof(previousHash));
        }
        var buffer = new ArrayBufferWriter<byte>(256);
        buffer.Write(previousHash);
        buffer.Write([(byte)version]);
        WriteInt64(buffer, seq);
        WriteInt64(buffer, (record.At.UtcTicks - DateTimeOffset.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond);
        WriteString(buffer, record.RequestId);
        WriteString(buffer, record.Subgraph);
        WriteString(buffer, record.ActorRole);
        WriteString(buffer, record.ActorSubject);
        WriteString(buffer, record.ActorEnte);
        WriteString(buffer, record.ActorDepartment);
        WriteInt32(buffer, record.Assurance);
        WriteString(buffer, record.Purpose);
        WriteString(buffer, record.Client);
        WriteString(buffer, record.DataSubject);
        WriteInt32(buffer, record.Fields.Count);
        foreach (var field in record.Fields)
        {
            WriteString(buffer, field);
        }
        return SHA256.HashData(buffer.WrittenSpan);
    }

    private static void WriteInt64(ArrayBufferWriter<byte> buffer, long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(buffer.GetSpan(sizeof(long)), value);
        buffer.Advance(sizeof(long));
    }

    private static void WriteInt32(ArrayBufferWriter<byte> buffer, int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(buffer.GetSpan(sizeof(int)), value);
        buffer.Advance(sizeof(int));
    }

    private static void WriteString(ArrayBufferWriter<byte> buffer, string? value)
    {
        if (value is null)
        {
            WriteInt32(buffer, NullLength);
            return;
        }
        var length = Encoding.UTF8.GetByteCount(value);
        WriteInt32(buffer, length);
        Encoding.UTF8.GetBytes(value, buffer.GetSpan(length));
        buffer.Advance(length);
    }
}
