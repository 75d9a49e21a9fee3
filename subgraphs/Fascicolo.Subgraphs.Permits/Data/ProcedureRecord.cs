using Fascicolo.Domain.SyntheticCity.Permits;
using Npgsql;

namespace Fascicolo.Subgraphs.Permits.Data;

/// <summary>A row of <c>procedure</c>: a building or business procedure in its current state.</summary>
/// <param name="Id">The id, e.g. <c>PRC-0000001</c>.</param>
/// <param name="ProtocolNumber">The protocol number, e.g. <c>PG/2025/0123456</c>.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Title">The subject.</param>
/// <param name="ApplicantFiscalCode">The applicant.</param>
/// <param name="BuildingId">The building.</param>
/// <param name="CompanyFiscalCode">The business, for a SUAP procedure.</param>
/// <param name="State">The current state.</param>
/// <param name="Version">The number of steps so far.</param>
/// <param name="SubmittedAt">When it was submitted.</param>
/// <param name="Terms">The dates its deadlines run from.</param>
/// <param name="ConcludedAt">When it was concluded, or null.</param>
internal sealed record ProcedureRecord(
    string Id,
    string ProtocolNumber,
    ProcedureKind Kind,
    string Title,
    string ApplicantFiscalCode,
    string BuildingId,
    string? CompanyFiscalCode,
    ProcedureState State,
    int Version,
    DateTimeOffset SubmittedAt,
    ProcedureTerms Terms,
    DateTimeOffset? ConcludedAt)
{
    /// <summary>The select list <see cref="Read"/> expects, over <c>procedure</c> aliased <c>p</c>.</summary>
    public const string Columns =
        "p.id, p.protocol_number, p.kind, p.title, p.applicant_fiscal_code, p.building_id, p.company_fiscal_code, " +
        "p.state, p.version, p.submitted_at, p.term_started_on, p.integration_requested_on, p.concluded_at";

    /// <summary>The columns of <see cref="Columns"/> without the alias, for a <c>returning</c> clause.</summary>
    public const string ReturningColumns =
        "id, protocol_number, kind, title, applicant_fiscal_code, building_id, company_fiscal_code, " +
        "state, version, submitted_at, term_started_on, integration_requested_on, concluded_at";

    /// <summary>The desk that handles it.</summary>
    public PermitDesk Desk => ProcedureKinds.Of(Kind).Desk;

    /// <summary>The last day the office has to conclude; null while an integration is pending.</summary>
    public DateOnly? ConclusionDueOn => ProcedureDeadlines.ConclusionDueOn(Kind, State, Terms);

    /// <summary>The last day the applicant has to integrate; null unless an integration is pending.</summary>
    public DateOnly? IntegrationDueOn => ProcedureDeadlines.IntegrationDueOn(Kind, State, Terms);

    /// <summary>Reads the current row, selected with <see cref="Columns"/> or <see cref="ReturningColumns"/>.</summary>
    public static ProcedureRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        (ProcedureKind)reader.GetInt16(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        (ProcedureState)reader.GetInt16(7),
        reader.GetInt32(8),
        reader.GetFieldValue<DateTimeOffset>(9),
        new ProcedureTerms(reader.GetFieldValue<DateOnly>(10), reader.IsDBNull(11) ? null : reader.GetFieldValue<DateOnly>(11)),
        reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12));
}
