using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Testing;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Fascicolo.Subgraphs.Permits.Tests;

/// <summary>Representative responses, snapshotted: the sole trader's business and SCIA, and a building-procedure applicant.</summary>
public sealed class PersonaSnapshotTests(PermitsFixture fixture) : IClassFixture<PermitsFixture>
{
    [Fact]
    public async Task Citizen_Should_MatchTheSnapshot_When_TheSoleTraderIsResolved()
    {
        var persona = fixture.City.GetPersona(DemoPersonaKeys.SoleTrader);

        var citizen = await ResolveCitizenAsync(persona.FiscalCode);

        Assert.Equal(SoleTraderBusiness.CompanyFiscalCode, citizen["companies"]![0]!["fiscalCode"]!.Value<string>());
        Assert.Equal("UNDER_REVIEW", citizen["procedures"]![0]!["state"]!.Value<string>());
        Snapshot.Match(citizen, SnapshotNameExtension.Create(DemoPersonaKeys.SoleTrader));
    }

    [Fact]
    public async Task Citizen_Should_MatchTheSnapshot_When_ABuildingProcedureApplicantIsResolved()
    {
        // The first building procedure of the seeded city, with an integration round if one has it.
        var procedure = fixture.Procedures.Where(p => p.Desk == PermitDesk.Sue)
            .OrderByDescending(p => p.Steps.Any(s => s.Transition == ProcedureTransition.ReceiveIntegration))
            .First();

        var citizen = await ResolveCitizenAsync(procedure.ApplicantFiscalCode);

        Assert.Contains(citizen["procedures"]!, p => p["id"]!.Value<string>() == procedure.Id && p["desk"]!.Value<string>() == "SUE");
        Snapshot.Match(citizen, SnapshotNameExtension.Create("building-applicant"));
    }

    private async Task<JToken> ResolveCitizenAsync(string fiscalCode)
    {
        object[] representations = [EntityRepresentations.Representation("Citizen", "fiscalCode", fiscalCode)];
        using var response = await fixture.Host.QueryAsync(Operations.CitizenEntities, new { representations });
        return JToken.Parse(response.Data().GetProperty("_entities")[0].GetRawText());
    }
}
