namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>Where a social case stands; <see cref="SocialCaseTransitions"/> says which changes are allowed.</summary>
public enum SocialCaseStatus
{
    /// <summary>Richiesta: the person asked the desk for help (segretariato sociale).</summary>
    Requested = 1,

    /// <summary>In valutazione: the social worker is assessing the need.</summary>
    Assessment = 2,

    /// <summary>Presa in carico: an individual plan is active.</summary>
    TakenInCharge = 3,

    /// <summary>Sospesa: the plan is paused (e.g. a hospital stay).</summary>
    Suspended = 4,

    /// <summary>Chiusa: the case is closed; it cannot be reopened (a new case is opened instead).</summary>
    Closed = 5,
}
