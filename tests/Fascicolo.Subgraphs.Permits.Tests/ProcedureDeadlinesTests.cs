using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Permits;

namespace Fascicolo.Subgraphs.Permits.Tests;

/// <summary>Terms, deadlines and Genova's holidays against worked examples.</summary>
public sealed class ProcedureDeadlinesTests
{
    [Theory]
    [InlineData(2000, 4, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2038, 4, 25)] // the latest possible date
    [InlineData(2285, 3, 22)] // the earliest possible date
    public void EasterSunday_Should_MatchTheCalendar_When_GivenAYear(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), ItalianHolidays.EasterSunday(year));
    }

    [Theory]
    [InlineData("2025-04-21", true)]  // Easter Monday
    [InlineData("2026-04-06", true)]  // Easter Monday
    [InlineData("2025-04-22", false)]
    [InlineData("2025-04-25", true)]  // Liberazione
    [InlineData("2025-06-02", true)]  // Festa della Repubblica
    [InlineData("2025-06-24", true)]  // San Giovanni Battista, Genova's patron
    [InlineData("2025-08-15", true)]
    [InlineData("2025-12-08", true)]
    [InlineData("2025-12-26", true)]
    [InlineData("2025-12-27", false)]
    [InlineData("2025-11-02", false)] // a Sunday, but not a public holiday
    public void IsPublicHoliday_Should_KnowGenovasHolidays_When_GivenADate(string date, bool expected)
    {
        Assert.Equal(expected, GenovaCalendar.IsPublicHoliday(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2025-05-25", "2025-05-26")] // Sunday -> Monday
    [InlineData("2025-12-25", "2025-12-27")] // Christmas and Santo Stefano -> Saturday
    [InlineData("2026-01-01", "2026-01-02")]
    [InlineData("2026-02-07", "2026-02-07")] // a Saturday stays
    [InlineData("2025-04-20", "2025-04-22")] // Easter Sunday and Monday
    public void RollForward_Should_SkipSundaysAndHolidays_When_ATermEndsOnOne(string date, string expected)
    {
        Assert.Equal(Day(expected), GenovaCalendar.RollForward(Day(date)));
    }

    [Theory]
    [InlineData(ProcedureKind.BusinessScia, "2025-03-26", "2025-05-26")]   // +60 = Sunday 25 May
    [InlineData(ProcedureKind.Cila, "2025-05-25", "2025-06-25")]           // +30 = 24 June, San Giovanni
    [InlineData(ProcedureKind.BuildingPermit, "2025-10-03", "2026-01-02")] // +90 = New Year's Day
    [InlineData(ProcedureKind.BuildingScia, "2025-11-25", "2025-12-27")]   // +30 = Christmas, then Santo Stefano
    [InlineData(ProcedureKind.BusinessAuthorisation, "2025-01-10", "2025-03-11")] // +60, a Tuesday
    [InlineData(ProcedureKind.BusinessScia, "2025-12-09", "2026-02-07")]   // the sole trader's SCIA after its integration
    public void ConclusionDueOn_Should_AddTheKindsTermAndRollForward_When_TheProcedureIsUnderReview(ProcedureKind kind, string termStartedOn, string expected)
    {
        var terms = ProcedureTerms.OnSubmission(Day(termStartedOn));

        Assert.Equal(Day(expected), ProcedureDeadlines.ConclusionDueOn(kind, ProcedureState.UnderReview, terms));
        Assert.Null(ProcedureDeadlines.IntegrationDueOn(kind, ProcedureState.UnderReview, terms));
    }

    [Fact]
    public void Deadlines_Should_InterruptTheTermAndRestartIt_When_AnIntegrationIsRequestedThenReceived()
    {
        // A CILA filed on 3 March 2025; integration asked on 16 July, received on 20 July.
        var terms = ProcedureTerms.OnSubmission(Day("2025-03-03"));
        Assert.Equal(Day("2025-04-02"), ProcedureDeadlines.ConclusionDueOn(ProcedureKind.Cila, ProcedureState.UnderReview, terms));

        terms = terms.After(ProcedureTransition.StartReview, Day("2025-03-05")).After(ProcedureTransition.RequestIntegration, Day("2025-07-16"));
        Assert.Equal(new ProcedureTerms(Day("2025-03-03"), Day("2025-07-16")), terms);
        Assert.Null(ProcedureDeadlines.ConclusionDueOn(ProcedureKind.Cila, ProcedureState.IntegrationRequested, terms));
        // +30 = 15 August (Ferragosto) -> Saturday 16.
        Assert.Equal(Day("2025-08-16"), ProcedureDeadlines.IntegrationDueOn(ProcedureKind.Cila, ProcedureState.IntegrationRequested, terms));

        terms = terms.After(ProcedureTransition.ReceiveIntegration, Day("2025-07-20"));
        Assert.Equal(new ProcedureTerms(Day("2025-07-20"), null), terms);
        // The whole term again from 20 July: +30 = 19 August.
        Assert.Equal(Day("2025-08-19"), ProcedureDeadlines.ConclusionDueOn(ProcedureKind.Cila, ProcedureState.UnderReview, terms));
        Assert.Null(ProcedureDeadlines.IntegrationDueOn(ProcedureKind.Cila, ProcedureState.UnderReview, terms));
    }

    [Theory]
    [InlineData(ProcedureKind.Cila, PermitDesk.Sue, 30, 5_000)]
    [InlineData(ProcedureKind.BuildingScia, PermitDesk.Sue, 30, 10_000)]
    [InlineData(ProcedureKind.BuildingPermit, PermitDesk.Sue, 90, 25_000)]
    [InlineData(ProcedureKind.BusinessScia, PermitDesk.Suap, 60, 6_000)]
    [InlineData(ProcedureKind.BusinessAuthorisation, PermitDesk.Suap, 60, 12_000)]
    public void ProcedureKinds_Should_GiveTheDeskTermAndFee_When_AskedForAKind(ProcedureKind kind, PermitDesk desk, int days, long feeCents)
    {
        var profile = ProcedureKinds.Of(kind);

        Assert.Equal((desk, days, feeCents), (profile.Desk, profile.ConclusionDays, profile.FeeCents));
    }

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
