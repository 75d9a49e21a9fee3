namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>A building (SUE) or business (SUAP) procedure filed with the city.</summary>
/// <param name="Id">Stable id, <c>PRC-</c> + seven digits; the sole trader's procedure is <c>PRC-0000001</c>.</param>
/// <param name="ProtocolNumber">The general protocol number it was filed under, e.g. <c>PG/2025/0123456</c>.</param>
/// <param name="Kind">What kind of procedure it is.</param>
/// <param name="Title">What it is about (oggetto), e.g. <c>Rifacimento della facciata</c>.</param>
/// <param name="ApplicantFiscalCode">The resident who filed it (for a business, its owner or legal representative).</param>
/// <param name="BuildingId">The building the works or the business premises are in.</param>
/// <param name="CompanyFiscalCode">The business a SUAP procedure is for; null for a building procedure.</param>
/// <param name="Steps">The history, oldest first; the first step is the submission.</param>
/// <param name="Documents">The documents filed, in upload order.</param>
/// <param name="Fees">The fees charged.</param>
public sealed record PermitProcedure(
    string Id,
    string ProtocolNumber,
    ProcedureKind Kind,
    string Title,
    string ApplicantFiscalCode,
    string BuildingId,
    string? CompanyFiscalCode,
    IReadOnlyList<ProcedureStep> Steps,
    IReadOnlyList<ProcedureDocument> Documents,
    IReadOnlyList<ProcedureFee> Fees)
{
    /// <summary>The desk that handles it.</summary>
    public PermitDesk Desk => ProcedureKinds.Of(Kind).Desk;

    /// <summary>When it was submitted (the first step).</summary>
    public DateTimeOffset SubmittedAt => Steps[0].At;

    /// <summary>The current state (the last step's).</summary>
    public ProcedureState State => Steps[^1].State;

    /// <summary>The number of steps so far: the version an operator must name to advance it.</summary>
    public int Version => Steps.Count;

    /// <summary>When it was concluded, or null while open.</summary>
    public DateTimeOffset? ConcludedAt => ProcedureWorkflow.IsConcluded(State) ? Steps[^1].At : null;

    /// <summary>The dates its deadlines run from, after every step.</summary>
    public ProcedureTerms Terms
    {
        get
        {
            // Steps happen in office hours, when the UTC date and the Italian date are the same day.
            var terms = ProcedureTerms.OnSubmission(DateOnly.FromDateTime(Steps[0].At.UtcDateTime));
            foreach (var step in Steps.Skip(1))
            {
                terms = terms.After(step.Transition!.Value, DateOnly.FromDateTime(step.At.UtcDateTime));
            }
            return terms;
        }
    }
}
