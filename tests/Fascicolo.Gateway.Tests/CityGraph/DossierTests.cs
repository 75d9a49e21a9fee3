using Fascicolo.Domain.SyntheticCity;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Tests.CityGraph;

/// <summary>The citizen's dossier across subgraphs, as the personas would see it through the gateway.</summary>
[Collection(WholeHub.Name)]
public sealed class DossierTests(CityGatewayFixture fixture)
{
    // The parent reaches her child's school data through the registry's household.
    private const string ParentView = """
        query Parent($fiscalCode: FiscalCode!) {
          citizen(fiscalCode: $fiscalCode) {
            fullName
            household { id members { relationship { code } citizen {
              fiscalCode fullName age
              enrolments { schoolYear className school { code name building { id address { formatted } } } canteen { feeBand { code } } }
            } } }
            canteenBills { iupd amount { cents formatted } paymentPosition { status amountDue { cents } } }
          }
        }
        """;

    private const string Dossier = """
        query Dossier($fiscalCode: FiscalCode!) {
          citizen(fiscalCode: $fiscalCode) {
            fiscalCode fullName
            residence { street houseNumber building { id energyClass inFloodRedZone } }
            properties { id category cadastralIncome { cents formatted } }
            taxPosition(year: 2024) { balance { due { cents } paid { cents } outstanding { cents } } assessments { id tax status total { formatted } paymentPosition { iupd status } } }
            debtPosition { totalOpen { formatted } totalOverdue { formatted } open { iupd service status amountDue { formatted } } }
            vehicles { plate make model vehicleTax { status } }
            trafficFines { number status amountDue { formatted } paymentPosition { status } }
            socialFolder { benefits { code name monthlyAmount { formatted } } cases { id status } }
            procedures { protocolNumber kind state fees { amount { formatted } paymentPosition { status } } }
          }
        }
        """;

    [Fact]
    public async Task Parent_Should_SeeHerChildsSchoolAndHerCanteenBills_When_QueryingThroughTheGateway()
    {
        var parent = fixture.City.GetPersona(DemoPersonaKeys.Parent);

        var data = await fixture.DataAsync(ParentView, new { fiscalCode = parent.FiscalCode });

        var pupil = fixture.City.GetPersona(DemoPersonaKeys.Pupil).FiscalCode;
        var members = data.GetProperty("citizen").GetProperty("household").GetProperty("members").EnumerateArray().Select(m => m.GetProperty("citizen")).ToList();
        Assert.NotEmpty(members.Single(m => m.GetProperty("fiscalCode").GetString() == pupil).GetProperty("enrolments").EnumerateArray());
        Snapshot.Match(JToken.Parse(data.GetRawText()));
    }

    [Theory]
    [InlineData(DemoPersonaKeys.Taxpayer)]
    [InlineData(DemoPersonaKeys.VehicleOwner)]
    [InlineData(DemoPersonaKeys.WelfareRecipient)]
    [InlineData(DemoPersonaKeys.SoleTrader)]
    public async Task Dossier_Should_GatherEverySubgraphsPart_When_QueryingAPersonaThroughTheGateway(string key)
    {
        var persona = fixture.City.GetPersona(key);

        var data = await fixture.DataAsync(Dossier, new { fiscalCode = persona.FiscalCode });

        Snapshot.Match(JToken.Parse(data.GetRawText()), SnapshotNameExtension.Create(key));
    }
}
