using Fascicolo.Domain.SyntheticCity.Permits;
using Npgsql;

namespace Fascicolo.Subgraphs.Permits.Data;

/// <summary>A row of <c>procedure_document</c>: a document's metadata.</summary>
/// <param name="ProcedureId">The procedure.</param>
/// <param name="Sequence">The upload order within the procedure.</param>
/// <param name="Name">The file name.</param>
/// <param name="Type">What it is.</param>
/// <param name="MediaType">The media type.</param>
/// <param name="SizeBytes">The size in bytes.</param>
/// <param name="Sha256">The SHA-256 digest, lower-case hex.</param>
/// <param name="UploadedAt">When it was uploaded.</param>
internal sealed record ProcedureDocumentRecord(
    string ProcedureId,
    int Sequence,
    string Name,
    ProcedureDocumentType Type,
    string MediaType,
    long SizeBytes,
    string Sha256,
    DateTimeOffset UploadedAt)
{
    /// <summary>The select list <see cref="Read"/> expects, over <c>procedure_document</c> aliased <c>d</c>.</summary>
    public const string Columns = "d.procedure_id, d.sequence, d.name, d.type, d.media_type, d.size_bytes, d.sha256, d.uploaded_at";

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static ProcedureDocumentRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetInt32(1),
        reader.GetString(2),
        (ProcedureDocumentType)reader.GetInt16(3),
        reader.GetString(4),
        reader.GetInt64(5),
        reader.GetString(6),
        reader.GetFieldValue<DateTimeOffset>(7));
}
