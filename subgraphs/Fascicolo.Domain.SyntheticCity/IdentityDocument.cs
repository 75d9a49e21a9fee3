namespace Fascicolo.Domain.SyntheticCity;

/// <summary>An identity document held by a resident; it may have expired.</summary>
/// <param name="Number">The document number, unique across the city.</param>
/// <param name="Type">The kind of document.</param>
/// <param name="IssuedOn">The day it was issued.</param>
/// <param name="ExpiresOn">The last day it is valid (identity cards expire on the holder's birthday).</param>
/// <param name="IssuedBy">The issuing authority, e.g. <c>Comune di Genova</c> or <c>Questura di Genova</c>.</param>
public sealed record IdentityDocument(
    string Number,
    IdentityDocumentType Type,
    DateOnly IssuedOn,
    DateOnly ExpiresOn,
    string IssuedBy)
{
    /// <summary>Whether the document is still valid on <paramref name="date"/>.</summary>
    public bool IsValidOn(DateOnly date) => IssuedOn <= date && date <= ExpiresOn;
}
