using System.Text.Json;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Testing;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Fascicolo.Subgraphs.Taxes.Tests;

/// <summary>The demo personas' positions: snapshots, and what the taxpayer persona must show.</summary>
[Collection(TaxesTestGroup.Name)]
public sealed class PersonaPositionTests(TaxesFixture fixture)
{
    public static TheoryData<string, int> Snapshots() => new()
    {
        { DemoPersonaKeys.Taxpayer, -2 },
        { DemoPersonaKeys.Taxpayer, -1 },
        { DemoPersonaKeys.Taxpayer, 0 },
        { DemoPersonaKeys.Parent, -2 },
        { DemoPersonaKeys.SoleTrader, -1 },
    };

    [Theory]
    [MemberData(nameof(Snapshots))]
    public async Task TaxPosition_Should_MatchTheSnapshot_When_QueryingADemoPersona(string key, int yearsBack)
    {
        var year = fixture.ReferenceYear + yearsBack;

        var position = await PositionAsync(fixture.City.GetPersona(key).FiscalCode, year);

        Assert.Equal(year, position.GetProperty("year").GetInt32());
        Snapshot.Match(JToken.Parse(position.GetRawText()), SnapshotNameExtension.Create(key, year));
    }

    [Fact]
    public async Task TaxPosition_Should_ShowAnOverdueUnpaidTariAssessment_When_QueryingTheTaxpayerPersona()
    {
        var position = await PositionAsync(fixture.City.GetPersona(DemoPersonaKeys.Taxpayer).FiscalCode, fixture.ReferenceYear - 2);

        var assessment = Assert.Single(position.GetProperty("assessments").EnumerateArray());
        Assert.Equal("TARI", assessment.GetProperty("tax").GetString());
        Assert.Equal("OMITTED_PAYMENT", assessment.GetProperty("reason").GetString());
        Assert.Equal("OVERDUE", assessment.GetProperty("status").GetString());
        Assert.True(assessment.GetProperty("paidOn").IsNull());
        Assert.Equal(assessment.Cents("taxDue"), assessment.Cents("unpaidTax"));
        Assert.Equal(position.GetProperty("tari").Cents("tax"), assessment.Cents("taxDue"));
        Assert.StartsWith("TARI-", assessment.GetProperty("paymentPosition").GetProperty("iupd").GetString(), StringComparison.Ordinal);
        Assert.All(position.GetProperty("deadlines").EnumerateArray().Where(d => d.GetProperty("tax").GetString() == "TARI"),
            d => Assert.Equal("OVERDUE", d.GetProperty("status").GetString()));
        var balance = position.GetProperty("balance");
        Assert.Equal(assessment.Cents("total"), balance.Cents("outstanding"));
        Assert.Equal(assessment.Cents("total"), balance.Cents("overdue"));
    }

    [Fact]
    public async Task TaxPosition_Should_ExemptTheHalfHomeAndTaxTheWholeLetDwelling_When_QueryingTheTaxpayerPersona()
    {
        var position = await PositionAsync(fixture.City.GetPersona(DemoPersonaKeys.Taxpayer).FiscalCode, fixture.ReferenceYear - 1);

        var properties = position.GetProperty("imu").GetProperty("properties").EnumerateArray().ToList();
        var home = Assert.Single(properties, p => p.GetProperty("use").GetString() == "MAIN_HOME");
        Assert.Equal((1, 2), (home.GetProperty("shareNumerator").GetInt32(), home.GetProperty("shareDenominator").GetInt32()));
        Assert.Equal(("EXEMPT_MAIN_HOME", 0L), (home.GetProperty("treatment").GetString(), home.Cents("tax")));
        var garage = Assert.Single(properties, p => p.GetProperty("use").GetString() == "MAIN_HOME_APPURTENANCE");
        Assert.Equal(("C/6", "EXEMPT_MAIN_HOME"), (garage.GetProperty("category").GetString(), garage.GetProperty("treatment").GetString()));
        var let = Assert.Single(properties, p => p.GetProperty("use").GetString() == "LET");
        Assert.Equal((1, 1, 12), (let.GetProperty("shareNumerator").GetInt32(), let.GetProperty("shareDenominator").GetInt32(), let.GetProperty("months").GetInt32()));
        Assert.Equal("ORDINARY", let.GetProperty("treatment").GetString());
        Assert.True(let.Cents("tax") > 0);
        var imu = position.GetProperty("imu");
        Assert.Equal(let.Cents("tax"), imu.Cents("tax"));
        Assert.Equal(imu.Cents("payable"), imu.Cents("paid"));
        Assert.Equal(0, imu.Cents("payable") % 100);
    }

    private async Task<JsonElement> PositionAsync(string fiscalCode, int year)
    {
        using var response = await fixture.Host.QueryAsync(TaxPositionQuery.Full, new { representations = new[] { TaxPositionQuery.Citizen(fiscalCode) }, year });
        return response.Data().GetProperty("_entities")[0].GetProperty("taxPosition").Clone();
    }
}
