using Fascicolo.Domain.SyntheticCity.Welfare;

namespace Fascicolo.Subgraphs.Welfare.Tests;

/// <summary>The life cycle of a social case.</summary>
public sealed class SocialCaseTransitionsTests
{
    [Theory]
    [InlineData(SocialCaseStatus.Requested, SocialCaseStatus.Assessment, true)]
    [InlineData(SocialCaseStatus.Assessment, SocialCaseStatus.TakenInCharge, true)]
    [InlineData(SocialCaseStatus.TakenInCharge, SocialCaseStatus.Suspended, true)]
    [InlineData(SocialCaseStatus.Suspended, SocialCaseStatus.TakenInCharge, true)]
    [InlineData(SocialCaseStatus.Requested, SocialCaseStatus.Closed, true)]
    [InlineData(SocialCaseStatus.Suspended, SocialCaseStatus.Closed, true)]
    [InlineData(SocialCaseStatus.Requested, SocialCaseStatus.TakenInCharge, false)]
    [InlineData(SocialCaseStatus.TakenInCharge, SocialCaseStatus.Assessment, false)]
    [InlineData(SocialCaseStatus.TakenInCharge, SocialCaseStatus.TakenInCharge, false)]
    [InlineData(SocialCaseStatus.Closed, SocialCaseStatus.TakenInCharge, false)]
    [InlineData(SocialCaseStatus.Closed, SocialCaseStatus.Closed, false)]
    public void IsAllowed_Should_FollowTheLifeCycle_When_AskedAboutAChange(SocialCaseStatus from, SocialCaseStatus to, bool allowed) =>
        Assert.Equal(allowed, SocialCaseTransitions.IsAllowed(from, to));
}
