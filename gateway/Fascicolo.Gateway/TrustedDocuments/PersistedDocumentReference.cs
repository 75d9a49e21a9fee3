using System.Buffers;
using System.Text.Json;

namespace Fascicolo.Gateway.TrustedDocuments;

/// <summary>
/// A request's reference to a stored document instead of (or beside) its text: GraphQL over HTTP's
/// <c>documentId: "sha256:&lt;hex&gt;"</c>, or Apollo's automatic persisted queries,
/// <c>extensions: {"persistedQuery": {"version": 1, "sha256Hash": "&lt;hex&gt;"}}</c>.
/// </summary>
/// <param name="Hash">The SHA-256 of the document's text, 64 lower-case hex digits.</param>
/// <param name="IsApollo">Whether it came as Apollo's <c>persistedQuery</c> extension (which may also register a document).</param>
internal sealed record PersistedDocumentReference(string Hash, bool IsApollo)
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>Reads a <c>documentId</c>; the error message when it is not <c>sha256:</c> and 64 hex digits.</summary>
    public static string? TryParseDocumentId(string documentId, out PersistedDocumentReference? reference)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        reference = null;
        if (!documentId.StartsWith(TrustedDocumentManifest.HashPrefix, StringComparison.Ordinal) || !IsSha256(documentId.AsSpan(TrustedDocumentManifest.HashPrefix.Length)))
        {
            return "The 'documentId' parameter must be 'sha256:' followed by the 64 hex digits of the document's SHA-256.";
        }

        reference = new PersistedDocumentReference(documentId[TrustedDocumentManifest.HashPrefix.Length..].ToLowerInvariant(), IsApollo: false);
        return null;
    }

    /// <summary>
    /// Reads the <c>extensions</c> object the reader stands on (its start), leaving the reader on its end as
    /// <see cref="Utf8JsonReader.Skip"/> does; the reference when it has a <c>persistedQuery</c>, or the error message.
    /// </summary>
    public static string? ReadExtensions(ref Utf8JsonReader json, out PersistedDocumentReference? reference)
    {
        reference = null;
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.Skip();
            return null;
        }

        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var isPersistedQuery = json.ValueTextEquals("persistedQuery"u8);
            json.Read();
            if (!isPersistedQuery || json.TokenType == JsonTokenType.Null)
            {
                json.Skip();
                continue;
            }

            if (json.TokenType != JsonTokenType.StartObject)
            {
                return "The 'persistedQuery' extension must be an object.";
            }

            // Only the two properties that matter are read; the rest of the object is passed over.
            var depth = json.CurrentDepth;
            long? version = null;
            string? hash = null;
            while (json.Read() && json.CurrentDepth > depth)
            {
                if (json.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }

                var isVersion = json.ValueTextEquals("version"u8);
                var isHash = json.ValueTextEquals("sha256Hash"u8);
                json.Read();
                if (isVersion)
                {
                    version = json.TokenType == JsonTokenType.Number && json.TryGetInt64(out var number) ? number : -1;
                }
                else if (isHash)
                {
                    hash = json.TokenType == JsonTokenType.String ? json.GetString() : null;
                }

                // Objects and arrays are passed over whole, so nothing nested in them is taken for these two.
                json.Skip();
            }

            if (Check(version, hash, out reference) is { } error)
            {
                return error;
            }
        }

        return null;
    }

    /// <summary>Reads the <c>persistedQuery</c> of a GET request's parsed <c>extensions</c>; the error message when it is malformed.</summary>
    public static string? FromExtensions(JsonElement extensions, out PersistedDocumentReference? reference)
    {
        reference = null;
        if (extensions.ValueKind != JsonValueKind.Object || !extensions.TryGetProperty("persistedQuery", out var persisted) || persisted.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (persisted.ValueKind != JsonValueKind.Object)
        {
            return "The 'persistedQuery' extension must be an object.";
        }

        long? version = persisted.TryGetProperty("version", out var v) ? (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var number) ? number : -1) : null;
        var hash = persisted.TryGetProperty("sha256Hash", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
        return Check(version, hash, out reference);
    }

    private static string? Check(long? version, string? hash, out PersistedDocumentReference? reference)
    {
        reference = null;
        if (version != 1)
        {
            // Apollo Server's wording.
            return "Unsupported persisted query version";
        }

        if (hash is null || !IsSha256(hash))
        {
            return "The 'persistedQuery' extension's 'sha256Hash' must be the 64 hex digits of the document's SHA-256.";
        }

        reference = new PersistedDocumentReference(hash.ToLowerInvariant(), IsApollo: true);
        return null;
    }

    private static bool IsSha256(ReadOnlySpan<char> text) => text.Length == 64 && !text.ContainsAnyExcept(HexDigits);
}
