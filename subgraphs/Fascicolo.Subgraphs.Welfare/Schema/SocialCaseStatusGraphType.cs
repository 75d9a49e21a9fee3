using Fascicolo.Domain.SyntheticCity.Welfare;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>The <c>SocialCaseStatus</c> enum.</summary>
internal sealed class SocialCaseStatusGraphType : EnumerationGraphType<SocialCaseStatus>
{
    /// <summary>Names the enum and describes its values.</summary>
    public SocialCaseStatusGraphType()
    {
        Name = "SocialCaseStatus";
        Description = "Where a social case stands: REQUESTED → ASSESSMENT → TAKEN_IN_CHARGE ⇄ SUSPENDED; CLOSED from any open status, for good.";
        Describe(SocialCaseStatus.Requested, "Richiesta: the person asked the social desk for help.");
        Describe(SocialCaseStatus.Assessment, "In valutazione: the social worker is assessing the need.");
        Describe(SocialCaseStatus.TakenInCharge, "Presa in carico: an individual plan is active.");
        Describe(SocialCaseStatus.Suspended, "Sospesa: the plan is paused.");
        Describe(SocialCaseStatus.Closed, "Chiusa: the case is closed and cannot be reopened.");
    }

    private void Describe(SocialCaseStatus value, string description) => Values.FindByValue(value)!.Description = description;
}
