using System.Collections.Frozen;
using Fascicolo.Gateway.Documents;
using Fascicolo.Gateway.Http;
using StackExchange.Redis;

namespace Fascicolo.Gateway.TrustedDocuments;

/// <summary>
/// Decides which document a request runs, by the mode of its client (header <c>graphql-client-name</c>):
/// <list type="bullet">
/// <item>a document id alone: the client's trusted document with that id (<c>trusted-only</c>), or any known
/// document (<c>allow-all</c>); else <c>PERSISTED_QUERY_NOT_FOUND</c>;</item>
/// <item>text and id: the id must be the text's SHA-256 (else 400); <c>trusted-only</c> needs it trusted,
/// <c>allow-all</c> registers Apollo's persisted queries so the id alone works next time;</item>
/// <item>text alone: <c>allow-all</c> runs it; <c>trusted-only</c> runs it only when it is, exactly, one of
/// the client's trusted documents, else <c>DOCUMENT_NOT_TRUSTED</c>.</item>
/// </list>
/// This node's manifest answers first, from memory; the store (Redis, shared by the replicas) answers
/// for documents this node was not deployed with.
/// </summary>
internal sealed partial class TrustedDocumentResolver
{
    /// <summary>The header naming the client application.</summary>
    public const string ClientHeader = "graphql-client-name";

    private readonly TrustedDocumentSettings _settings;
    private readonly ITrustedDocumentStore _store;
    private readonly ILogger<TrustedDocumentResolver> _logger;
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _trusted;
    private readonly FrozenDictionary<string, string> _known;
    private readonly bool _anyTrustedOnly;

    public TrustedDocumentResolver(TrustedDocumentSettings settings, TrustedDocumentManifest manifest, ITrustedDocumentStore store, ILogger<TrustedDocumentResolver> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(manifest);
        _settings = settings;
        _store = store;
        _logger = logger;
        _trusted = manifest.Clients.ToFrozenDictionary(client => client.Key, client => client.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
        _known = manifest.Clients.Values.SelectMany(documents => documents).DistinctBy(document => document.Key).ToFrozenDictionary(StringComparer.Ordinal);
        _anyTrustedOnly = settings.DefaultMode == TrustedDocumentMode.TrustedOnly || settings.Clients.Values.Contains(TrustedDocumentMode.TrustedOnly);
    }

    /// <summary>
    /// Resolves the request's document (setting it on <paramref name="request"/> when only an id was sent);
    /// null when the request may run, else the refusal to write.
    /// </summary>
    public async ValueTask<TrustedDocumentRefusal?> ResolveAsync(HttpContext context, DocumentCache documents, GraphQLHttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(request);

        // The common case costs one field read: free text where no client is restricted.
        var persisted = request.Persisted;
        if (persisted is null && !_anyTrustedOnly)
        {
            return null;
        }

        var client = context.Request.Headers[ClientHeader].ToString() is { Length: > 0 } name ? name : null;
        var trustedOnly = _settings.ModeOf(client) == TrustedDocumentMode.TrustedOnly;
        var cancellationToken = context.RequestAborted;
        try
        {
            if (persisted is null)
            {
                return !trustedOnly || await FindTrustedAsync(client, request.Document!.Hash, cancellationToken).ConfigureAwait(false) is not null
                    ? null
                    : NotTrusted(client);
            }

            if (request.Document is { } sent)
            {
                if (sent.Hash != persisted.Hash)
                {
                    // Apollo Server's wording.
                    return new TrustedDocumentRefusal(new GraphQLError("provided sha does not match query", GatewayErrorCodes.BadRequest), StatusCodes.Status400BadRequest);
                }

                if (trustedOnly)
                {
                    return await FindTrustedAsync(client, persisted.Hash, cancellationToken).ConfigureAwait(false) is null ? NotTrusted(client) : null;
                }

                if (persisted.IsApollo && !_known.ContainsKey(persisted.Hash))
                {
                    await RegisterAsync(persisted.Hash, sent.Text, cancellationToken).ConfigureAwait(false);
                }

                return null;
            }

            var text = trustedOnly
                ? await FindTrustedAsync(client, persisted.Hash, cancellationToken).ConfigureAwait(false)
                : await FindKnownAsync(persisted.Hash, cancellationToken).ConfigureAwait(false);
            if (text is null)
            {
                return NotFound(persisted, client, trustedOnly);
            }

            request.UseDocument(documents.GetOrAdd(text));
            return null;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogStoreUnavailable(_logger, exception);
            return new TrustedDocumentRefusal(
                new GraphQLError("The trusted document store cannot be reached; retry later.", GatewayErrorCodes.ServiceUnavailable),
                StatusCodes.Status503ServiceUnavailable);
        }
    }

    private async ValueTask<string?> FindTrustedAsync(string? client, string hash, CancellationToken cancellationToken)
    {
        if (client is null)
        {
            return null;
        }

        return _trusted.TryGetValue(client, out var documents) && documents.TryGetValue(hash, out var text)
            ? text
            : await _store.FindTrustedAsync(client, hash, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<string?> FindKnownAsync(string hash, CancellationToken cancellationToken) =>
        _known.TryGetValue(hash, out var text) ? text : await _store.FindAsync(hash, cancellationToken).ConfigureAwait(false);

    private async ValueTask RegisterAsync(string hash, string text, CancellationToken cancellationToken)
    {
        try
        {
            await _store.RegisterAsync(hash, text, _settings.AutomaticTtl, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Registering only saves the client from sending the text next time: the request runs anyway.
            LogStoreUnavailable(_logger, exception);
        }
    }

    private static TrustedDocumentRefusal NotTrusted(string? client) => new(new GraphQLError(
        client is null
            ? "Only trusted documents are accepted: name the client in the graphql-client-name header and send one of its documents."
            : $"Only trusted documents are accepted from client '{client}', and this document is not one of them.",
        TrustedDocumentErrorCodes.DocumentNotTrusted));

    private static TrustedDocumentRefusal NotFound(PersistedDocumentReference persisted, string? client, bool trustedOnly) => new(new GraphQLError(
        persisted.IsApollo
            ? "PersistedQueryNotFound"
            : trustedOnly
                ? client is null
                    ? $"No trusted document has the id sha256:{persisted.Hash} for a request that names no client (header graphql-client-name)."
                    : $"No trusted document of client '{client}' has the id sha256:{persisted.Hash}."
                : $"No known document has the id sha256:{persisted.Hash}; send its text in 'query'.",
        TrustedDocumentErrorCodes.PersistedQueryNotFound));

    [LoggerMessage(Level = LogLevel.Warning, Message = "The trusted document store cannot be reached")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception);
}
