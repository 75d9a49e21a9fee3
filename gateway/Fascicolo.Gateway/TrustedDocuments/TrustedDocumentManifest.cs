using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Fascicolo.Gateway.TrustedDocuments;

/// <summary>
/// The operations our own clients send, by client and by hash (<c>schema/operations/manifest.json</c>):
/// <c>{"clients": {"&lt;client&gt;": {"sha256:&lt;hex&gt;": "&lt;document&gt;"}}}</c>. It is generated from
/// <c>schema/operations/&lt;client&gt;/*.graphql</c> (<see cref="FromDirectory"/>), checked in, and loaded by
/// the gateway at start.
/// </summary>
internal sealed class TrustedDocumentManifest
{
    /// <summary>The prefix of a document id: the hash algorithm, as GraphQL over HTTP's persisted documents write it.</summary>
    public const string HashPrefix = "sha256:";

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        // The documents are GraphQL, read by people in reviews: no \u0022 for every quote.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private TrustedDocumentManifest(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> clients) => Clients = clients;

    /// <summary>An empty manifest.</summary>
    public static TrustedDocumentManifest Empty { get; } = new(new Dictionary<string, IReadOnlyDictionary<string, string>>());

    /// <summary>Each client's documents by hash (64 lower-case hex digits, without the prefix).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Clients { get; }

    /// <summary>How many documents all clients have.</summary>
    public int Count => Clients.Values.Sum(documents => documents.Count);

    /// <summary>The SHA-256 of a document's UTF-8 text as lower-case hex: what clients send as its id.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// Builds the manifest from <c>&lt;directory&gt;/&lt;client&gt;/*.graphql</c>: one document per file, its
    /// text with line endings made <c>\n</c> (so a checkout with CRLF endings hashes the same).
    /// </summary>
    public static TrustedDocumentManifest FromDirectory(string directory)
    {
        var clients = new SortedDictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var clientDirectory in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var documents = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in Directory.GetFiles(clientDirectory, "*.graphql").Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(file).ReplaceLineEndings("\n");
                documents.TryAdd(Hash(text), text);
            }

            if (documents.Count > 0)
            {
                clients[Path.GetFileName(clientDirectory)] = documents;
            }
        }

        return new TrustedDocumentManifest(clients);
    }

    /// <summary>Reads a manifest.</summary>
    /// <exception cref="FormatException">The JSON is not a manifest, or a hash does not match its document.</exception>
    public static TrustedDocumentManifest Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var clients = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("clients", out var clientsElement) || clientsElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("The manifest has no 'clients' object.");
            }

            foreach (var client in clientsElement.EnumerateObject())
            {
                var documents = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var entry in client.Value.EnumerateObject())
                {
                    var text = entry.Value.GetString() ?? throw new FormatException($"Client '{client.Name}': the document of '{entry.Name}' is null.");
                    var hash = Hash(text);
                    if (entry.Name != HashPrefix + hash)
                    {
                        throw new FormatException($"Client '{client.Name}': '{entry.Name}' is not the hash of its document ({HashPrefix}{hash}).");
                    }

                    documents[hash] = text;
                }

                clients[client.Name] = documents;
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            throw new FormatException($"The manifest is not valid: {exception.Message}", exception);
        }

        return new TrustedDocumentManifest(clients);
    }

    /// <summary>The manifest as written to disk: clients in name order, each one's documents in file name order.</summary>
    public string ToJson()
    {
        var clients = Clients.ToDictionary(
            client => client.Key,
            client => client.Value.ToDictionary(document => HashPrefix + document.Key, document => document.Value));
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["clients"] = clients }, WriteOptions).ReplaceLineEndings("\n") + "\n";
    }
}
