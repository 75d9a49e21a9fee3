using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Taxes.Tests;

/// <summary>Bad input gets a coded error with a clear message, and nothing is written.</summary>
[Collection(TaxesTestGroup.Name)]
public sealed class InputErrorTests(TaxesFixture fixture)
{
    private const string PositionQuery = """
        query($representations: [_Any!]!, $year: Int!) {
          _entities(representations: $representations) { ... on Citizen { taxPosition(year: $year) { year balance { due { cents } } } } }
        }
        """;

    [Theory]
    [InlineData(-5)]
    [InlineData(1)]
    [InlineData(-2026)]
    public async Task TaxPosition_Should_FailWithTaxYearNotSupported_When_TheYearIsOutsideTheFiveYears(int offset)
    {
        var year = fixture.ReferenceYear + offset;
        var before = await TableCounts.ReadAsync(fixture);

        using var response = await fixture.Host.QueryAsync(PositionQuery, new { representations = new[] { Taxpayer() }, year });

        var error = response.SingleError();
        Assert.Equal("TAX_YEAR_NOT_SUPPORTED", error.Extension("code"));
        Assert.Equal(year.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Extension("year"));
        Assert.Equal((fixture.ReferenceYear - 4).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Extension("firstYear"));
        Assert.Equal(fixture.ReferenceYear.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Extension("lastYear"));
        Assert.Contains($"{fixture.ReferenceYear - 4} to {fixture.ReferenceYear}", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await TableCounts.ReadAsync(fixture));
    }

    [Fact]
    public async Task TaxRates_Should_FailWithTaxYearNotSupported_When_TheYearIsOutsideTheTable()
    {
        using var response = await fixture.Host.QueryAsync("{ taxRates(year: 2019) { year } }");

        Assert.Equal("TAX_YEAR_NOT_SUPPORTED", response.SingleError().Extension("code"));
    }

    [Theory]
    [InlineData("GHGPLA64A25D969X", "CHECK_CHARACTER_MISMATCH")]
    [InlineData("GHGPLA64", "INVALID_LENGTH")]
    public async Task Entities_Should_FailWithInvalidFiscalCode_When_ARepresentationHoldsAnInvalidCode(string fiscalCode, string reason)
    {
        var before = await TableCounts.ReadAsync(fixture);

        using var response = await fixture.Host.QueryAsync(PositionQuery, new { representations = new[] { TaxPositionQuery.Citizen(fiscalCode) }, year = fixture.ReferenceYear });

        var error = response.SingleError();
        Assert.Equal("INVALID_FISCAL_CODE", error.Extension("code"));
        Assert.Equal(reason, error.Extension("reason"));
        Assert.Equal(before, await TableCounts.ReadAsync(fixture));
    }

    [Theory]
    [InlineData("AVV-IMU-24-1")]
    [InlineData("TARI-2024-0000001")]
    [InlineData("AVV-ICI-2024-0000001")]
    [InlineData("")]
    public async Task TaxAssessment_Should_FailWithInvalidId_When_TheIdCannotBeAnAssessments(string id)
    {
        var before = await TableCounts.ReadAsync(fixture);

        using var response = await fixture.Host.QueryAsync("query($id: ID!) { taxAssessment(id: $id) { id } }", new { id });

        var error = response.SingleError();
        Assert.Equal("INVALID_TAX_ASSESSMENT_ID", error.Extension("code"));
        Assert.Contains("AVV-IMU-yyyy-nnnnnnn", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await TableCounts.ReadAsync(fixture));
    }

    [Fact]
    public async Task TaxPosition_Should_FailValidation_When_TheYearIsNotAnInt()
    {
        using var response = await fixture.Host.QueryAsync(
            $$"""{ _entities(representations: [{ __typename: "Citizen", fiscalCode: "{{Taxpayer()["fiscalCode"]}}" }]) { ... on Citizen { taxPosition(year: "2024") { year } } } }""");

        var error = response.SingleError();
        Assert.NotNull(error.Extension("code"));
    }

    private Dictionary<string, object> Taxpayer() => TaxPositionQuery.Citizen(fixture.City.GetPersona(DemoPersonaKeys.Taxpayer).FiscalCode);
}
