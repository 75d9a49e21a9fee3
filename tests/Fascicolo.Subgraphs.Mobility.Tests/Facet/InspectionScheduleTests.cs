using Fascicolo.Domain.SyntheticCity.Mobility;

namespace Fascicolo.Subgraphs.Mobility.Tests.Facet;

/// <summary>The revisione schedule: four years after registration, then every two, by the end of the month.</summary>
public sealed class InspectionScheduleTests
{
    [Fact]
    public void NextDue_Should_BeTheEndOfTheMonthFourYearsOn_When_NoInspectionWasPassedYet()
    {
        Assert.Equal(new DateOnly(2023, 3, 31), InspectionSchedule.NextDue(new DateOnly(2019, 3, 14), null));
    }

    [Fact]
    public void NextDue_Should_BeTheEndOfTheMonthTwoYearsOn_When_AnInspectionWasPassed()
    {
        Assert.Equal(new DateOnly(2025, 3, 31), InspectionSchedule.NextDue(new DateOnly(2019, 3, 14), new DateOnly(2023, 3, 20)));
        // An early inspection moves the schedule earlier: February 2023 + 2 years.
        Assert.Equal(new DateOnly(2025, 2, 28), InspectionSchedule.NextDue(new DateOnly(2019, 3, 14), new DateOnly(2023, 2, 10)));
    }

    [Fact]
    public void NextDue_Should_HandleLeapDays_When_RegisteredOnTheTwentyNinthOfFebruary()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), InspectionSchedule.NextDue(new DateOnly(2020, 2, 29), null));
    }
}
