using Fascicolo.Domain.SyntheticCity.Isee;
using Fascicolo.Domain.SyntheticCity.Welfare;
using Fascicolo.Testing;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;
using static Fascicolo.Testing.EntityRepresentations;

namespace Fascicolo.Subgraphs.Welfare.Tests;

/// <summary>
/// The welfare persona, Sara Repetto: a means-tested periodic benefit on her household's ISEE
/// attestation and an open social case, seen from her folder and from her household's.
/// </summary>
[Collection(SeededWelfare.Name)]
public sealed class PersonaTests(WelfareFixture fixture)
{
    private const string BenefitFields = """
        id code name isPeriodic isMeansTested iseeProtocol startDate endDate paymentDate
        monthlyAmount { cents } cityShare { cents } userShare { cents } isTakenInCharge area
        beneficiary { fiscalCode } household { id } socialCase { id }
        """;

    private const string IseeFields = """
        protocol type issuedOn validUntil members isr { cents } isp { cents } ise { cents } equivalenceScale isee { cents }
        household { id } declarant { fiscalCode }
        """;

    private const string CaseFields = """
        id person { fiscalCode } household { id } socialWorker area status isOpen openedOn statusSince closedOn
        office { code name kind municipalityCode municipalityName municipio }
        history { occurredOn status note }
        """;

    private static readonly string CitizenQuery = $$"""
        query Folder($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Citizen {
              fiscalCode
              socialFolder {
                cases { {{CaseFields}} benefits { id } }
                benefits { {{BenefitFields}} iseeAttestation { protocol } }
                iseeAttestations { {{IseeFields}} }
                latestIsee { protocol }
              }
            }
          }
        }
        """;

    private static readonly string HouseholdQuery = $$"""
        query Folder($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Household {
              id
              socialFolder {
                cases { {{CaseFields}} }
                benefits { {{BenefitFields}} }
                iseeAttestations { {{IseeFields}} }
                latestIsee { protocol isee { cents } }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task SocialFolder_Should_MatchTheSnapshot_When_QueryingTheWelfareRecipient()
    {
        var sara = fixture.WelfareRecipient;

        using var response = await fixture.Host.QueryAsync(CitizenQuery, new { representations = new[] { Representation("Citizen", "fiscalCode", sara.FiscalCode) } });

        var citizen = response.Data().GetProperty("_entities")[0];
        Snapshot.Match(JToken.Parse(citizen.GetRawText()), SnapshotNameExtension.Create("welfare-recipient"));
    }

    [Fact]
    public async Task HouseholdSocialFolder_Should_MatchTheSnapshot_When_QueryingTheWelfareRecipientsHousehold()
    {
        var household = fixture.WelfareRecipient.HouseholdId;

        using var response = await fixture.Host.QueryAsync(HouseholdQuery, new { representations = new[] { Representation("Household", "id", household) } });

        var entity = response.Data().GetProperty("_entities")[0];
        Snapshot.Match(JToken.Parse(entity.GetRawText()), SnapshotNameExtension.Create("welfare-recipient-household"));
    }

    [Fact]
    public async Task SocialFolder_Should_HoldAMeansTestedPeriodicBenefitOnHerIseeAndAnOpenCase_When_QueryingTheWelfareRecipient()
    {
        var sara = fixture.WelfareRecipient;
        var attestation = Assert.Single(fixture.City.IseeAttestationsOf(sara.HouseholdId));

        using var response = await fixture.Host.QueryAsync(CitizenQuery, new { representations = new[] { Representation("Citizen", "fiscalCode", sara.FiscalCode) } });

        var folder = response.Data().GetProperty("_entities")[0].GetProperty("socialFolder");
        var benefit = Assert.Single(folder.GetProperty("benefits").EnumerateArray());
        Assert.True(benefit.GetProperty("isPeriodic").GetBoolean());
        Assert.True(benefit.GetProperty("isMeansTested").GetBoolean());
        Assert.True(benefit.GetProperty("isTakenInCharge").GetBoolean());
        Assert.Equal(attestation.Protocol, benefit.GetProperty("iseeProtocol").GetString());
        Assert.Equal(attestation.Protocol, benefit.GetProperty("iseeAttestation").GetProperty("protocol").GetString());
        Assert.Equal(IncomeSupport.MonthlyCents(attestation.IseeCents, attestation.EquivalenceScale), benefit.GetProperty("monthlyAmount").GetProperty("cents").GetInt64());
        var socialCase = Assert.Single(folder.GetProperty("cases").EnumerateArray());
        Assert.True(socialCase.GetProperty("isOpen").GetBoolean());
        Assert.Equal(benefit.GetProperty("socialCase").GetProperty("id").GetString(), socialCase.GetProperty("id").GetString());
        Assert.Equal(attestation.IseeCents, folder.GetProperty("iseeAttestations")[0].GetProperty("isee").GetProperty("cents").GetInt64());
    }
}
