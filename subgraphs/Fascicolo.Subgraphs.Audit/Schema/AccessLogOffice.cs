using Fascicolo.Audit.Store;

namespace Fascicolo.Subgraphs.Audit.Schema;

/// <summary>The office of a reader: the ente (Belfiore code) and the department.</summary>
/// <param name="Ente">The ente, e.g. <c>D969</c> (Genova).</param>
/// <param name="Department">The department, e.g. <c>social</c>.</param>
internal sealed record AccessLogOffice(string? Ente, string? Department)
{
    /// <summary>The reader's office, or null when the record names neither an ente nor a department.</summary>
    public static AccessLogOffice? Of(AccessRecord record) =>
        record.ActorEnte is null && record.ActorDepartment is null ? null : new AccessLogOffice(record.ActorEnte, record.ActorDepartment);
}
