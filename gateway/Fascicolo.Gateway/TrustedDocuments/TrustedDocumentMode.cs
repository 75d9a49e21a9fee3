namespace Fascicolo.Gateway.TrustedDocuments;

/// <summary>What a client may send (<c>Gateway:TrustedDocuments:Clients:&lt;client&gt;:Mode</c>).</summary>
internal enum TrustedDocumentMode
{
    /// <summary><c>allow-all</c>: any document, by text or by a known id (and Apollo's persisted queries register new ones).</summary>
    AllowAll,

    /// <summary><c>trusted-only</c>: only the client's own documents of the manifest, by id or by their exact text.</summary>
    TrustedOnly,
}
