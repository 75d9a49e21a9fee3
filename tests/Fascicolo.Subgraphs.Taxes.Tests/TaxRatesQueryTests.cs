using Fascicolo.Domain.SyntheticCity.Taxes;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Taxes.Tests;

/// <summary><c>Query.taxRates</c>: the rates table, one row per year, as the city resolved it.</summary>
[Collection(TaxesTestGroup.Name)]
public sealed class TaxRatesQueryTests(TaxesFixture fixture)
{
    [Fact]
    public async Task TaxRates_Should_MatchTheCitysTable_When_QueryingEachYear()
    {
        foreach (var expected in fixture.City.TaxYears())
        {
            using var response = await fixture.Host.QueryAsync(
                "query($y: Int!) { taxRates(year: $y) { year legalInterestPercent imu { ordinaryPerMille mainHomePerMille mainHomeDeduction { cents } agreedRentPerMille groupDPerMille groupDStatePerMille } tari { fixedCentsPerSquareMetre variableCentsPerHousehold coefficients { occupants ka kb } } } }",
                new { y = expected.Year });

            var rates = response.Data().GetProperty("taxRates");
            Assert.Equal(expected.Year, rates.GetProperty("year").GetInt32());
            Assert.Equal(expected.LegalInterestPercent, rates.GetProperty("legalInterestPercent").GetDecimal());
            var imu = rates.GetProperty("imu");
            Assert.Equal(expected.Imu.OrdinaryPerMille, imu.GetProperty("ordinaryPerMille").GetDecimal());
            Assert.Equal(expected.Imu.MainHomePerMille, imu.GetProperty("mainHomePerMille").GetDecimal());
            Assert.Equal(expected.Imu.MainHomeDeductionCents, imu.Cents("mainHomeDeduction"));
            Assert.Equal(expected.Imu.AgreedRentPerMille, imu.GetProperty("agreedRentPerMille").GetDecimal());
            var tari = rates.GetProperty("tari");
            Assert.Equal(expected.Tari.FixedCentsPerSquareMetre, tari.GetProperty("fixedCentsPerSquareMetre").GetDecimal());
            Assert.Equal(expected.Tari.VariableCentsPerHousehold, tari.GetProperty("variableCentsPerHousehold").GetDecimal());
            Assert.Equal(
                Enumerable.Range(1, 6).Select(n => (n, expected.Tari.KaFor(n), expected.Tari.KbFor(n))),
                tari.GetProperty("coefficients").EnumerateArray().Select(c => (c.GetProperty("occupants").GetInt32(), c.GetProperty("ka").GetDecimal(), c.GetProperty("kb").GetDecimal())));
        }
    }
}
