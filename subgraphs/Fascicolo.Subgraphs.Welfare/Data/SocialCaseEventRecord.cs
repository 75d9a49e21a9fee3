using Fascicolo.Domain.SyntheticCity.Welfare;

namespace Fascicolo.Subgraphs.Welfare.Data;

/// <summary>A row of <c>social_case_event</c>: one step of a case's history, with whose case it is.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="FiscalCode">The person the case is about (from the case): the step is their record too.</param>
/// <param name="Position">1 for the opening, then in order.</param>
/// <param name="OccurredOn">The day the case entered <paramref name="Status"/>.</param>
/// <param name="Status">The status entered.</param>
/// <param name="Note">The social worker's note.</param>
internal sealed record SocialCaseEventRecord(string CaseId, string FiscalCode, short Position, DateOnly OccurredOn, SocialCaseStatus Status, string Note);
