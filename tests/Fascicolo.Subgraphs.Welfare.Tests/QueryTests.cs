using Fascicolo.Domain.SyntheticCity.Isee;
using Fascicolo.Domain.SyntheticCity.Welfare;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Welfare.Tests;

/// <summary>The root query fields: a case by id, an office's worklist, the offices, the catalogue, an attestation.</summary>
[Collection(SeededWelfare.Name)]
public sealed class QueryTests(WelfareFixture fixture)
{
    private const string Worklist = """
        query Worklist($office: String!, $status: SocialCaseStatus, $first: Int, $after: String) {
          socialCases(officeCode: $office, status: $status, first: $first, after: $after) {
            edges { cursor node { id status office { code } } }
            pageInfo { hasNextPage hasPreviousPage endCursor }
          }
        }
        """;

    [Fact]
    public async Task SocialCase_Should_ReturnTheCase_When_TheIdExists()
    {
        var expected = fixture.City.SocialCases().First(c => c.History.Count > 2);

        using var response = await fixture.Host.QueryAsync(
            "query($id: ID!) { socialCase(id: $id) { id status openedOn person { fiscalCode } office { code } history { status } } }", new { id = expected.Id });

        var socialCase = response.Data().GetProperty("socialCase");
        Assert.Equal(expected.FiscalCode, socialCase.GetProperty("person").GetProperty("fiscalCode").GetString());
        Assert.Equal(expected.OfficeCode, socialCase.GetProperty("office").GetProperty("code").GetString());
        Assert.Equal(expected.OpenedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), socialCase.GetProperty("openedOn").GetString());
        Assert.Equal(expected.History.Count, socialCase.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task SocialCase_Should_BeNull_When_NoCaseHasTheId()
    {
        using var response = await fixture.Host.QueryAsync("{ socialCase(id: \"SC-9999999\") { id } }");

        Assert.True(response.Data().GetProperty("socialCase").IsNull());
    }

    [Fact]
    public async Task SocialCases_Should_PageThroughAnOfficesWorklistInIdOrder_When_FollowingTheCursor()
    {
        var office = fixture.City.SocialCases().GroupBy(c => c.OfficeCode).OrderByDescending(g => g.Count()).First();
        var expected = office.Select(c => c.Id).Order(StringComparer.Ordinal).ToList();
        var seen = new List<string>();
        string? after = null;

        do
        {
            using var response = await fixture.Host.QueryAsync(Worklist, new { office = office.Key, first = 7, after });
            var connection = response.Data().GetProperty("socialCases");
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            var pageInfo = connection.GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task SocialCases_Should_KeepOnlyTheStatus_When_FilteredByStatus()
    {
        var office = fixture.City.SocialCases().GroupBy(c => c.OfficeCode).OrderByDescending(g => g.Count()).First();
        var expected = office.Where(c => c.Status == SocialCaseStatus.Closed).Select(c => c.Id).Order(StringComparer.Ordinal).Take(100).ToList();

        using var response = await fixture.Host.QueryAsync(Worklist, new { office = office.Key, status = "CLOSED", first = 100 });

        var nodes = response.Data().GetProperty("socialCases").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(expected, nodes.Select(n => n.GetProperty("id").GetString()));
        Assert.All(nodes, n => Assert.Equal("CLOSED", n.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task SocialCases_Should_FailWithSocialOfficeNotFound_When_TheOfficeIsUnknown()
    {
        using var response = await fixture.Host.QueryAsync(Worklist, new { office = "ATS-X000-01" });

        var error = response.SingleError();
        Assert.Equal(WelfareErrorCodes.SocialOfficeNotFound, error.Extension("code"));
        Assert.Equal("ATS-X000-01", error.Extension("officeCode"));
    }

    [Fact]
    public async Task SocialCases_Should_FailWithACodedValidationError_When_TheStatusIsNotAnEnumValue()
    {
        using var response = await fixture.Host.QueryAsync("{ socialCases(officeCode: \"ATS-D969-01\", status: OPENED) { edges { cursor } } }");

        var error = response.SingleError();
        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", error.Extension("code"));
        Assert.Contains("SocialCaseStatus", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SocialCases_Should_FailWithInvalidPageSize_When_FirstIsTooLarge()
    {
        using var response = await fixture.Host.QueryAsync(Worklist, new { office = "ATS-D969-01", first = 500 });

        Assert.Equal("INVALID_PAGE_SIZE", response.SingleError().Extension("code"));
    }

    [Fact]
    public async Task SocialOffices_Should_ListOneDistrictPerMunicipioAndOneDeskPerOtherMunicipality_When_Queried()
    {
        using var response = await fixture.Host.QueryAsync("{ socialOffices { code name kind municipio } }");

        var offices = response.Data().GetProperty("socialOffices").EnumerateArray().ToList();
        Assert.Equal(fixture.City.SocialOffices().Count, offices.Count);
        Assert.Equal(9, offices.Count(o => o.GetProperty("kind").GetString() == "SOCIAL_DISTRICT"));
        Assert.Contains(offices, o => o.GetProperty("code").GetString() == "ATS-D969-02" && o.GetProperty("name").GetString() == "ATS Centro Ovest (Municipio II)");
    }

    [Fact]
    public async Task WelfareBenefitTypes_Should_ListTheCatalogue_When_Queried()
    {
        using var response = await fixture.Host.QueryAsync("{ welfareBenefitTypes { code name isPeriodic isMeansTested isService area } }");

        var types = response.Data().GetProperty("welfareBenefitTypes").EnumerateArray().ToList();
        Assert.Equal(BenefitCatalogue.All.Select(t => t.Code), types.Select(t => t.GetProperty("code").GetString()));
        var incomeSupport = types[0];
        Assert.True(incomeSupport.GetProperty("isPeriodic").GetBoolean());
        Assert.True(incomeSupport.GetProperty("isMeansTested").GetBoolean());
        Assert.False(incomeSupport.GetProperty("isService").GetBoolean());
    }

    [Fact]
    public async Task IseeAttestation_Should_ReturnTheIndicators_When_TheProtocolExists()
    {
        var expected = fixture.City.IseeAttestations()[10];

        using var response = await fixture.Host.QueryAsync(
            "query($p: String!) { iseeAttestation(protocol: $p) { protocol members isr { cents } isp { cents } ise { cents } equivalenceScale isee { cents } household { id } } }",
            new { p = expected.Protocol });

        var attestation = response.Data().GetProperty("iseeAttestation");
        Assert.Equal(expected.IsrCents, attestation.GetProperty("isr").GetProperty("cents").GetInt64());
        Assert.Equal(expected.IspCents, attestation.GetProperty("isp").GetProperty("cents").GetInt64());
        Assert.Equal(expected.IseCents, attestation.GetProperty("ise").GetProperty("cents").GetInt64());
        Assert.Equal(expected.EquivalenceScale, attestation.GetProperty("equivalenceScale").GetDecimal());
        Assert.Equal(expected.IseeCents, attestation.GetProperty("isee").GetProperty("cents").GetInt64());
        Assert.Equal(expected.HouseholdId, attestation.GetProperty("household").GetProperty("id").GetString());
    }

    [Fact]
    public async Task IseeAttestation_Should_BeNull_When_NoAttestationHasTheProtocol()
    {
        using var response = await fixture.Host.QueryAsync("{ iseeAttestation(protocol: \"INPS-ISEE-1999-00000000A-00\") { protocol } }");

        Assert.True(response.Data().GetProperty("iseeAttestation").IsNull());
    }
}
