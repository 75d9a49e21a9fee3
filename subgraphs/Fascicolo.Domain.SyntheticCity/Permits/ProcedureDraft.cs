using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>A generated procedure before it is numbered (id, protocol number and fee IUPD follow the submission order).</summary>
/// <param name="SortKey">Breaks ties between procedures submitted at the same moment.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Title">The subject (oggetto).</param>
/// <param name="ApplicantFiscalCode">The applicant.</param>
/// <param name="BuildingId">The building.</param>
/// <param name="CompanyFiscalCode">The business, for a SUAP procedure.</param>
/// <param name="Steps">The history.</param>
/// <param name="Documents">The documents.</param>
/// <param name="Fee">The fee's dates.</param>
internal sealed record ProcedureDraft(
    string SortKey,
    ProcedureKind Kind,
    string Title,
    string ApplicantFiscalCode,
    string BuildingId,
    string? CompanyFiscalCode,
    IReadOnlyList<ProcedureStep> Steps,
    IReadOnlyList<ProcedureDocument> Documents,
    FeePlan Fee)
{
    /// <summary>Draws the fee, the history and the documents of a procedure submitted at <paramref name="submittedAt"/>.</summary>
    public static ProcedureDraft Create(
        string sortKey,
        ProcedureKind kind,
        BusinessSector? sector,
        string title,
        string applicantFiscalCode,
        string buildingId,
        string? companyFiscalCode,
        DateTimeOffset submittedAt,
        DateOnly referenceDate,
        SplitMix64 random)
    {
        var submittedOn = OfficeHours.DateOf(submittedAt);
        var fee = FeePlan.Draw(submittedOn, referenceDate, random);
        var steps = ProcedureHistory.Write(kind, submittedAt, applicantFiscalCode, referenceDate, random);
        var documents = ProcedureDocuments.File(kind, sector, steps, fee.PaidBeforehand(submittedOn), random);
        return new ProcedureDraft(sortKey, kind, title, applicantFiscalCode, buildingId, companyFiscalCode, steps, documents, fee);
    }
}
