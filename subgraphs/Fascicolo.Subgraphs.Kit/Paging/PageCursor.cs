using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// Opaque keyset cursors: the sort key of a row, serialised as JSON behind a version prefix and
/// encoded as base64url. Clients must treat them as opaque; only the field that issued a cursor reads it.
/// </summary>
public static class PageCursor
{
    private const string Prefix = "k1:";

    /// <summary>Encodes the sort key of a row (a scalar, or a record for composite keys).</summary>
    /// <typeparam name="TKey">The sort key type.</typeparam>
    /// <param name="key">The sort key.</param>
    /// <returns>The cursor.</returns>
    public static string Encode<TKey>(TKey key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + JsonSerializer.Serialize(key)));

    /// <summary>Decodes a cursor made by <see cref="Encode{TKey}"/>; <see langword="false"/> for anything else.</summary>
    /// <typeparam name="TKey">The sort key type.</typeparam>
    /// <param name="cursor">The cursor.</param>
    /// <param name="key">The decoded sort key.</param>
    /// <returns>Whether the cursor was valid.</returns>
    public static bool TryDecode<TKey>(string? cursor, out TKey key)
    {
        key = default!;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 1024)
        {
            return false;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (!text.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return false;
            }
            var value = JsonSerializer.Deserialize<TKey>(text.AsSpan(Prefix.Length));
            if (value is null)
            {
                return false;
            }
            key = value;
            return true;
        }
        catch (Exception exception) when (exception is FormatException or JsonException or NotSupportedException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Decodes a cursor or throws the client error <c>INVALID_CURSOR</c>.</summary>
    /// <typeparam name="TKey">The sort key type.</typeparam>
    /// <param name="cursor">The cursor.</param>
    /// <returns>The sort key.</returns>
    /// <exception cref="CodedError">The cursor is not one this kind of field issued.</exception>
    public static TKey Decode<TKey>(string cursor) =>
        TryDecode<TKey>(cursor, out var key)
            ? key
            : throw new CodedError(ErrorCodes.InvalidCursor, "The 'after' cursor is not valid: pass an endCursor or edge cursor returned by this field.");
}
