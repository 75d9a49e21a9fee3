using Fascicolo.Subgraphs.Permits.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>The <c>ProcedureDocument</c> type: a document's metadata.</summary>
internal sealed class ProcedureDocumentGraphType : ObjectGraphType<ProcedureDocumentRecord>
{
    /// <summary>Declares the fields.</summary>
    public ProcedureDocumentGraphType()
    {
        Name = "ProcedureDocument";
        Description = "A document filed with a procedure: its metadata (the content stays in the document store).";
        Field("name", d => d.Name).Description("The file name as uploaded, e.g. 'relazione_tecnica_asseverata.pdf.p7m'.");
        Field<NonNullGraphType<ProcedureDocumentTypeGraphType>>("type").Description("What the document is.").Resolve(context => context.Source.Type);
        Field("mediaType", d => d.MediaType).Description("The media type, e.g. 'application/pdf', or 'application/pkcs7-mime' for a digitally signed file.");
        Field<NonNullGraphType<LongGraphType>>("sizeBytes").Description("The size in bytes.").Resolve(context => context.Source.SizeBytes);
        Field("sha256", d => d.Sha256).Description("The SHA-256 digest of the content, 64 lower-case hex digits.");
        Field<NonNullGraphType<DateTimeGraphType>>("uploadedAt").Description("When it was uploaded.").Resolve(context => context.Source.UploadedAt.UtcDateTime);
    }
}
