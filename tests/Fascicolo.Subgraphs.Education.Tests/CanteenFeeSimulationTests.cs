using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Education.Tests;

/// <summary><c>canteenFeeSimulation</c> and <c>canteenFeeBands</c>: the tariff through the API, and its coded errors.</summary>
[Collection(SeededEducation.Name)]
public sealed class CanteenFeeSimulationTests(EducationFixture fixture)
{
    private const string Simulation = """
        query Simulate($isee: Decimal, $children: Int!, $meals: Int) {
          canteenFeeSimulation(isee: $isee, children: $children, mealsPerMonth: $meals) {
            isee { cents }
            band { code mealFee { cents } }
            mealsPerMonth
            children { ordinal discountPercent mealFee { cents } monthlyFee { cents } }
            dailyTotal { cents }
            monthlyTotal { cents }
          }
        }
        """;

    [Fact]
    public async Task Simulation_Should_DiscountTheSecondAndThirdChild_When_AHouseholdOfBandDHasThree()
    {
        // 14,500.50 euro is band D (3.60 a meal): 3.60, 2.88 (-20%), 1.80 (-50%); 18 meals a month each.
        using var response = await fixture.Host.QueryAsync(Simulation, new { isee = 14_500.50m, children = 3, meals = 18 });

        var simulation = response.Data().GetProperty("canteenFeeSimulation");
        Assert.Equal(14_500_50, simulation.GetProperty("isee").GetProperty("cents").GetInt64());
        Assert.Equal("D", simulation.GetProperty("band").GetProperty("code").GetString());
        var children = simulation.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal([0, 20, 50], children.Select(c => c.GetProperty("discountPercent").GetInt32()).ToArray());
        Assert.Equal([360L, 288L, 180L], children.Select(c => c.GetProperty("mealFee").GetProperty("cents").GetInt64()).ToArray());
        Assert.Equal([64_80L, 51_84L, 32_40L], children.Select(c => c.GetProperty("monthlyFee").GetProperty("cents").GetInt64()).ToArray());
        Assert.Equal(8_28, simulation.GetProperty("dailyTotal").GetProperty("cents").GetInt64());
        Assert.Equal(149_04, simulation.GetProperty("monthlyTotal").GetProperty("cents").GetInt64());
    }

    [Fact]
    public async Task Simulation_Should_QuoteTheTopBandForTwentyMeals_When_NoIseeAndNoMealsAreGiven()
    {
        using var response = await fixture.Host.QueryAsync(Simulation, new { children = 1 });

        var simulation = response.Data().GetProperty("canteenFeeSimulation");
        Assert.True(simulation.GetProperty("isee").IsNull());
        Assert.Equal("G", simulation.GetProperty("band").GetProperty("code").GetString());
        Assert.Equal(20, simulation.GetProperty("mealsPerMonth").GetInt32());
        Assert.Equal(120_00, simulation.GetProperty("monthlyTotal").GetProperty("cents").GetInt64());
    }

    [Theory]
    [InlineData(-0.01, 1, 20, "INVALID_ISEE", "NEGATIVE")]
    [InlineData(1_000.005, 1, 20, "INVALID_ISEE", "TOO_PRECISE")]
    [InlineData(100_000_000, 1, 20, "INVALID_ISEE", "TOO_LARGE")]
    [InlineData(10_000, 0, 20, "INVALID_CHILDREN", null)]
    [InlineData(10_000, -2, 20, "INVALID_CHILDREN", null)]
    [InlineData(10_000, 11, 20, "INVALID_CHILDREN", null)]
    [InlineData(10_000, 1, 24, "INVALID_MEALS", null)]
    [InlineData(10_000, 1, -1, "INVALID_MEALS", null)]
    public async Task Simulation_Should_FailWithACodeAndWriteNothing_When_AnArgumentIsOutOfRange(
        double isee, int children, int meals, string code, string? reason)
    {
        var before = await fixture.DatabaseStateAsync();

        using var response = await fixture.Host.QueryAsync(Simulation, new { isee = (decimal)isee, children, meals });

        var error = response.SingleError();
        Assert.Equal(code, error.Extension("code"));
        Assert.Equal(reason, error.Extension("reason"));
        Assert.True(response.RootElement.GetProperty("data").IsNull());
        Assert.Equal(before, await fixture.DatabaseStateAsync());
    }

    [Fact]
    public async Task Simulation_Should_FormatTheTotalAsItaliansWriteEuro_When_Queried()
    {
        using var response = await fixture.Host.QueryAsync("{ canteenFeeSimulation(isee: 14500.50, children: 3, mealsPerMonth: 18) { monthlyTotal { formatted } } }");

        Assert.Equal("€ 149,04", response.Data().GetProperty("canteenFeeSimulation").GetProperty("monthlyTotal").GetProperty("formatted").GetString());
    }

    [Fact]
    public async Task Bands_Should_ListTheTariffLowestFirst_When_Queried()
    {
        using var response = await fixture.Host.QueryAsync("{ canteenFeeBands { code iseeFrom { cents } iseeTo { cents } mealFee { cents } } }");

        var bands = response.Data().GetProperty("canteenFeeBands").EnumerateArray().ToList();
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G"], bands.Select(b => b.GetProperty("code").GetString()!).ToArray());
        Assert.Equal(0, bands[0].GetProperty("iseeFrom").GetProperty("cents").GetInt64());
        Assert.True(bands[^1].GetProperty("iseeTo").IsNull());
        Assert.Equal(6_00, bands[^1].GetProperty("mealFee").GetProperty("cents").GetInt64());
    }
}
