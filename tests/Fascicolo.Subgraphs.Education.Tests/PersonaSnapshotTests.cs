using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Testing;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace Fascicolo.Subgraphs.Education.Tests;

/// <summary>Representative responses for the demo personas, compared with checked-in snapshots.</summary>
[Collection(SeededEducation.Name)]
public sealed class PersonaSnapshotTests(EducationFixture fixture)
{
    // Everything but the daily register, which repeats the absences day by day (EntitiesTests checks it):
    // the snapshots stay short enough to review.
    private static readonly string Query = Queries.CitizenEntities.Replace(" days { date present }", string.Empty, StringComparison.Ordinal);

    [Fact]
    public async Task Enrolments_Should_MatchTheSnapshot_When_QueryingThePupilPersona()
    {
        var citizen = await QueryCitizenAsync(fixture.FiscalCodeOf(DemoPersonaKeys.Pupil));

        Snapshot.Match(JToken.Parse(citizen));
    }

    [Fact]
    public async Task Enrolments_Should_MatchTheSnapshot_When_QueryingTheWelfarePersonasDaughter()
    {
        var citizen = await QueryCitizenAsync(fixture.WelfarePersonaDaughter.FiscalCode);

        Snapshot.Match(JToken.Parse(citizen));
    }

    [Fact]
    public async Task CanteenBills_Should_MatchTheSnapshot_When_QueryingTheParentPersona()
    {
        var citizen = await QueryCitizenAsync(fixture.FiscalCodeOf(DemoPersonaKeys.Parent));

        Snapshot.Match(JToken.Parse(citizen));
    }

    private async Task<string> QueryCitizenAsync(string fiscalCode)
    {
        using var response = await fixture.Host.QueryAsync(Query, new { representations = new[] { Queries.Citizen(fiscalCode) } });
        return response.Data().GetProperty("_entities")[0].GetRawText();
    }
}
