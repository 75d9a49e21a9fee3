namespace Fascicolo.Gateway.TrustedDocuments;

/// <summary>
/// Where documents are kept by hash: each client's trusted documents (replaced whole when a manifest is
/// loaded), and every known document (the manifests' and those registered through Apollo's automatic
/// persisted queries). Hashes are SHA-256 of the text, so a hash's text never changes.
/// </summary>
internal interface ITrustedDocumentStore
{
    /// <summary>Makes <paramref name="manifest"/> the trusted documents of each client it lists.</summary>
    ValueTask LoadAsync(TrustedDocumentManifest manifest, CancellationToken cancellationToken);

    /// <summary>The text of <paramref name="client"/>'s trusted document <paramref name="hash"/>, or null.</summary>
    ValueTask<string?> FindTrustedAsync(string client, string hash, CancellationToken cancellationToken);

    /// <summary>The text of any known document <paramref name="hash"/>, trusted or registered, or null.</summary>
    ValueTask<string?> FindAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Keeps a document registered through Apollo's automatic persisted queries for <paramref name="ttl"/>.</summary>
    ValueTask RegisterAsync(string hash, string text, TimeSpan ttl, CancellationToken cancellationToken);
}
