namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>The metadata of a document filed with a procedure; the content itself is not part of the city.</summary>
/// <param name="Name">The file name as uploaded, e.g. <c>relazione_tecnica_asseverata.pdf.p7m</c>.</param>
/// <param name="Type">What the document is.</param>
/// <param name="MediaType">The media type, e.g. <c>application/pdf</c>, <c>application/pkcs7-mime</c> for a signed file.</param>
/// <param name="SizeBytes">The size in bytes.</param>
/// <param name="Sha256">The SHA-256 digest of the content, 64 lower-case hex digits.</param>
/// <param name="UploadedAt">When it was uploaded.</param>
public sealed record ProcedureDocument(
    string Name,
    ProcedureDocumentType Type,
    string MediaType,
    long SizeBytes,
    string Sha256,
    DateTimeOffset UploadedAt);
