namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>A row of <c>identity_document</c>: an identity document held by a citizen; it may have expired.</summary>
/// <param name="FiscalCode">The holder's fiscal code.</param>
/// <param name="Number">The document number, unique across the city.</param>
/// <param name="Type">The kind of document.</param>
/// <param name="IssuedOn">The day it was issued.</param>
/// <param name="ExpiresOn">The last day it is valid.</param>
/// <param name="IssuedBy">The issuing authority, e.g. <c>Comune di Genova</c>.</param>
internal sealed record IdentityDocumentRecord(
    string FiscalCode,
    string Number,
    DocumentType Type,
    DateOnly IssuedOn,
    DateOnly ExpiresOn,
    string IssuedBy)
{
    /// <summary>Whether the document's last valid day is before <paramref name="today"/>.</summary>
    public bool IsExpiredOn(DateOnly today) => ExpiresOn < today;
}
