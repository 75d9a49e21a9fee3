using Fascicolo.Domain.SyntheticCity.Welfare;
using Npgsql;

namespace Fascicolo.Subgraphs.Welfare.Data;

/// <summary>A row of <c>social_case</c>.</summary>
/// <param name="Id">The case id, e.g. <c>SC-0000001</c>.</param>
/// <param name="FiscalCode">The person the case is about.</param>
/// <param name="HouseholdId">Their household when the case was opened, if recorded.</param>
/// <param name="OfficeCode">The responsible office.</param>
/// <param name="SocialWorker">The responsible social worker.</param>
/// <param name="Area">The user area.</param>
/// <param name="Status">The current status.</param>
/// <param name="OpenedOn">The day it was opened.</param>
/// <param name="StatusSince">The day it entered its current status.</param>
/// <param name="ClosedOn">The day it was closed, if it is.</param>
internal sealed record SocialCaseRecord(
    string Id,
    string FiscalCode,
    string? HouseholdId,
    string OfficeCode,
    string SocialWorker,
    WelfareUserArea Area,
    SocialCaseStatus Status,
    DateOnly OpenedOn,
    DateOnly StatusSince,
    DateOnly? ClosedOn)
{
    /// <summary>The select list <see cref="Read"/> expects, over <c>social_case</c> aliased <c>c</c>.</summary>
    public const string Columns =
        "c.id, c.fiscal_code, c.household_id, c.office_code, c.social_worker, c.area, c.status, c.opened_on, c.status_since, c.closed_on";

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static SocialCaseRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        (WelfareUserArea)reader.GetInt16(5),
        (SocialCaseStatus)reader.GetInt16(6),
        reader.GetFieldValue<DateOnly>(7),
        reader.GetFieldValue<DateOnly>(8),
        reader.IsDBNull(9) ? null : reader.GetFieldValue<DateOnly>(9));
}
