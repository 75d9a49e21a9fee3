using Fascicolo.Gateway.Redis;
using StackExchange.Redis;

namespace Fascicolo.Gateway.TrustedDocuments;

/// <summary>
/// The documents in Redis, shared by every gateway replica. Keys (after <c>Redis:KeyPrefix</c>):
/// <c>trusted:&lt;client&gt;</c>, a hash of the client's trusted documents (hash → text), replaced whole by
/// <see cref="LoadAsync"/> through a temporary key and <c>RENAME</c>, so a reader sees the old set or the new
/// one and documents dropped from the manifest stop being trusted; <c>document:&lt;hash&gt;</c>, the text of
/// every known document (manifest ones without expiry, automatically persisted ones with one).
/// </summary>
internal sealed class RedisTrustedDocumentStore(GatewayRedis redis) : ITrustedDocumentStore
{
    public async ValueTask LoadAsync(TrustedDocumentManifest manifest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var database = redis.Database;
        foreach (var (client, documents) in manifest.Clients)
        {
            var key = redis.Key("trusted:" + client);
            var loading = redis.Key("trusted-loading:" + client + ":" + Guid.NewGuid().ToString("N"));
            var entries = documents.Select(document => new HashEntry(document.Key, document.Value)).ToArray();
            if (entries.Length == 0)
            {
                await database.KeyDeleteAsync(key).ConfigureAwait(false);
                continue;
            }

            await database.HashSetAsync(loading, entries).ConfigureAwait(false);
            await database.KeyRenameAsync(loading, key).ConfigureAwait(false);
            foreach (var (hash, text) in documents)
            {
                // SET without expiry: a manifest document outlives any automatic registration of the same text.
                await database.StringSetAsync(redis.Key("document:" + hash), text).ConfigureAwait(false);
            }
        }
    }

    public async ValueTask<string?> FindTrustedAsync(string client, string hash, CancellationToken cancellationToken) =>
        await redis.Database.HashGetAsync(redis.Key("trusted:" + client), hash).ConfigureAwait(false);

    public async ValueTask<string?> FindAsync(string hash, CancellationToken cancellationToken) =>
        await redis.Database.StringGetAsync(redis.Key("document:" + hash)).ConfigureAwait(false);

    public async ValueTask RegisterAsync(string hash, string text, TimeSpan ttl, CancellationToken cancellationToken) =>
        // NX: a document already known (a manifest's, kept without expiry) is left as it is.
        await redis.Database.StringSetAsync(redis.Key("document:" + hash), text, ttl, When.NotExists).ConfigureAwait(false);
}
