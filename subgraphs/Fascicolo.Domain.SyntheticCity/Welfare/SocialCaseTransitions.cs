namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>
/// The life cycle of a social case: requested → assessment → taken in charge ⇄ suspended, and
/// closed from any open status. A closed case stays closed: the service opens a new one.
/// </summary>
public static class SocialCaseTransitions
{
    /// <summary>Whether a case may go from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool IsAllowed(SocialCaseStatus from, SocialCaseStatus to) => (from, to) switch
    {
        (SocialCaseStatus.Closed, _) => false,
        (_, SocialCaseStatus.Closed) => true,
        (SocialCaseStatus.Requested, SocialCaseStatus.Assessment) => true,
        (SocialCaseStatus.Assessment, SocialCaseStatus.TakenInCharge) => true,
        (SocialCaseStatus.TakenInCharge, SocialCaseStatus.Suspended) => true,
        (SocialCaseStatus.Suspended, SocialCaseStatus.TakenInCharge) => true,
        _ => false,
    };

    /// <summary>Whether a case in this status is still open.</summary>
    public static bool IsOpen(SocialCaseStatus status) => status != SocialCaseStatus.Closed;
}
