namespace Fascicolo.Gateway.TrustedDocuments;

/// <summary>The <c>extensions.code</c> of requests refused by the trusted documents.</summary>
internal static class TrustedDocumentErrorCodes
{
    /// <summary>No document the client may use has the id sent (Apollo's code, which its clients act on by sending the text).</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>A client in <c>trusted-only</c> mode sent a document that is not one of its trusted documents.</summary>
    public const string DocumentNotTrusted = "DOCUMENT_NOT_TRUSTED";
}
