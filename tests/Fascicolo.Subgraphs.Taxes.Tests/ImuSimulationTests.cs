using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Taxes.Tests;

/// <summary><c>Query.imuSimulation</c>: the city's IMU calculator, and its input errors.</summary>
[Collection(TaxesTestGroup.Name)]
public sealed class ImuSimulationTests(TaxesFixture fixture)
{
    private const string Query = """
        query Simulate($input: ImuSimulationInput!) {
          imuSimulation(input: $input) {
            year months treatment ratePerMille taxableBase { cents } grossTax { cents } deduction { cents } tax { cents }
            f24Lines { taxCode deposit { cents } balance { cents } } deposit { cents } balance { cents } payable { cents }
          }
        }
        """;

    [Fact]
    public async Task ImuSimulation_Should_ComputeTheOrdinaryRate_When_AnA2IsLet()
    {
        // €750.00 → base €126,000.00 × 10.6‰ = €1,335.60; deposit and balance €668 each.
        using var response = await fixture.Host.QueryAsync(Query, new { input = new { year = 2025, category = "A/2", cadastralIncome = 75_000, use = "LET" } });

        var simulation = response.Data().GetProperty("imuSimulation");
        Assert.Equal(("ORDINARY", 12, 10.6m), (simulation.GetProperty("treatment").GetString(), simulation.GetProperty("months").GetInt32(), simulation.GetProperty("ratePerMille").GetDecimal()));
        Assert.Equal((12_600_000L, 133_560L, 66_800L, 66_800L, 133_600L), (simulation.Cents("taxableBase"), simulation.Cents("tax"), simulation.Cents("deposit"), simulation.Cents("balance"), simulation.Cents("payable")));
        Assert.Equal("3918", Assert.Single(simulation.GetProperty("f24Lines").EnumerateArray()).GetProperty("taxCode").GetString());
    }

    [Fact]
    public async Task ImuSimulation_Should_DeductTwoHundredEuro_When_ALuxuryHomeIsTheMainHome()
    {
        using var response = await fixture.Host.QueryAsync(Query, new { input = new { year = 2025, category = "A/1", cadastralIncome = 200_000, use = "MAIN_HOME" } });

        var simulation = response.Data().GetProperty("imuSimulation");
        Assert.Equal("LUXURY_MAIN_HOME", simulation.GetProperty("treatment").GetString());
        Assert.Equal((201_600L, 20_000L, 181_600L), (simulation.Cents("grossTax"), simulation.Cents("deduction"), simulation.Cents("tax")));
    }

    [Fact]
    public async Task ImuSimulation_Should_ExemptTheGarage_When_ItServesTheMainHome()
    {
        using var response = await fixture.Host.QueryAsync(Query, new { input = new { year = 2025, category = "C/6", cadastralIncome = 10_000, use = "MAIN_HOME_APPURTENANCE" } });

        var simulation = response.Data().GetProperty("imuSimulation");
        Assert.Equal(("EXEMPT_MAIN_HOME", 0L), (simulation.GetProperty("treatment").GetString(), simulation.Cents("payable")));
    }

    [Fact]
    public async Task ImuSimulation_Should_CountTheMonthsAndTheShare_When_AHalfIsBoughtMidYear()
    {
        using var response = await fixture.Host.QueryAsync(Query, new { input = new { year = 2025, category = "A/2", cadastralIncome = 60_000, shareNumerator = 1, shareDenominator = 2, possessedSince = "2025-04-20", use = "OTHER" } });

        var simulation = response.Data().GetProperty("imuSimulation");
        Assert.Equal((8, 35_616L, 35_600L), (simulation.GetProperty("months").GetInt32(), simulation.Cents("tax"), simulation.Cents("payable")));
    }

    [Theory]
    [InlineData("Z/1", 1_000, 1, 1, "LET", "category", "UNKNOWN_CATEGORY")]
    [InlineData("E/1", 1_000, 1, 1, "LET", "category", "UNKNOWN_CATEGORY")]
    [InlineData("A/2", -1, 1, 1, "LET", "cadastralIncome", "NEGATIVE_AMOUNT")]
    [InlineData("A/2", 10_000_000_001, 1, 1, "LET", "cadastralIncome", "TOO_LARGE")]
    [InlineData("A/2", 1_000, 3, 2, "LET", "shareNumerator", "INVALID_SHARE")]
    [InlineData("A/2", 1_000, 0, 2, "LET", "shareNumerator", "INVALID_SHARE")]
    [InlineData("A/2", 1_000, 1, 0, "LET", "shareDenominator", "INVALID_SHARE")]
    [InlineData("C/6", 1_000, 1, 1, "MAIN_HOME", "use", "NOT_A_DWELLING")]
    [InlineData("A/10", 1_000, 1, 1, "MAIN_HOME", "use", "NOT_A_DWELLING")]
    [InlineData("A/2", 1_000, 1, 1, "MAIN_HOME_APPURTENANCE", "use", "NOT_AN_APPURTENANCE")]
    public async Task ImuSimulation_Should_FailWithInvalidImuSimulation_When_AFieldIsInvalid(
        string category, long cadastralIncome, int shareNumerator, int shareDenominator, string use, string field, string reason)
    {
        var before = await TableCounts.ReadAsync(fixture);

        using var response = await fixture.Host.QueryAsync(Query, new { input = new { year = 2025, category, cadastralIncome, shareNumerator, shareDenominator, use } });

        var error = response.SingleError();
        Assert.Equal("INVALID_IMU_SIMULATION", error.Extension("code"));
        Assert.Equal(field, error.Extension("field"));
        Assert.Equal(reason, error.Extension("reason"));
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.Equal(before, await TableCounts.ReadAsync(fixture));
    }

    [Fact]
    public async Task ImuSimulation_Should_FailWithTaxYearNotSupported_When_TheYearIsOutOfRange()
    {
        using var response = await fixture.Host.QueryAsync(Query, new { input = new { year = 2019, category = "A/2", cadastralIncome = 1_000, use = "LET" } });

        Assert.Equal("TAX_YEAR_NOT_SUPPORTED", response.SingleError().Extension("code"));
    }

    [Fact]
    public async Task ImuSimulation_Should_FailValidation_When_TheUseIsNotAnImuPropertyUse()
    {
        var before = await TableCounts.ReadAsync(fixture);

        using var response = await fixture.Host.QueryAsync(Query, new { input = new { year = 2025, category = "A/2", cadastralIncome = 1_000, use = "RENTED" } });

        var error = response.SingleError();
        Assert.Contains("RENTED", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.NotEqual("INTERNAL_SERVER_ERROR", error.Extension("code"));
        Assert.Equal(before, await TableCounts.ReadAsync(fixture));
    }
}
