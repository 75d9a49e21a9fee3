namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>A social case (cartella sociale) of one person, followed by an office and a social worker.</summary>
/// <param name="Id">Stable id, <c>SC-</c> + seven digits.</param>
/// <param name="FiscalCode">The person the case is about.</param>
/// <param name="HouseholdId">The person's household when the case was opened.</param>
/// <param name="OfficeCode">The responsible <see cref="SocialOffice.Code"/>.</param>
/// <param name="SocialWorker">The responsible social worker's name.</param>
/// <param name="Area">The user area.</param>
/// <param name="History">Every status the case went through, oldest first; the first is the opening, the last the current status.</param>
public sealed record SocialCase(
    string Id,
    string FiscalCode,
    string HouseholdId,
    string OfficeCode,
    string SocialWorker,
    WelfareUserArea Area,
    IReadOnlyList<SocialCaseEvent> History)
{
    /// <summary>The day the case was opened.</summary>
    public DateOnly OpenedOn => History[0].OccurredOn;

    /// <summary>The current status.</summary>
    public SocialCaseStatus Status => History[^1].Status;
}
