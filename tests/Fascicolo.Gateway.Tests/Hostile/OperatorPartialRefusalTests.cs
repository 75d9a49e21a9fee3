using System.Text.Json;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Gateway.Tests.CityGraph;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>
/// "A refused field is null with FORBIDDEN at its path; the rest of the response stands": an operator of
/// the social department who also asks for another department's field of the same citizen loses that
/// field only, not the citizen (the fields other subgraphs add to <c>Citizen</c> are nullable for this).
/// </summary>
[Collection(WholeHub.Name)]
public sealed class OperatorPartialRefusalTests(CityGatewayFixture fixture)
{
    private const string Query = """
        query Folder($who: FiscalCode!) {
          citizen(fiscalCode: $who) { fullName socialFolder { cases { id } benefits { name } } vehicles { plate } }
        }
        """;

    [Fact]
    public async Task SocialOperator_Should_KeepNameAndFolder_When_MobilitysVehiclesAreRefused()
    {
        using var client = new HubClient(fixture);
        var recipient = fixture.City.GetPersona(DemoPersonaKeys.WelfareRecipient);

        var response = await client.GatewayAsync(
            JsonSerializer.Serialize(new { query = Query, variables = new { who = recipient.FiscalCode } }),
            client.TokenOf(LegitimateRead.OperatorPersona),
            LegitimateRead.OperatorPurpose);

        Assert.True(response.Status == 200 && response.Data is not null, response.Text);
        var citizen = response.Data!.Value.GetProperty("citizen");
        Assert.True(citizen.ValueKind == JsonValueKind.Object, response.Text);
        Assert.Equal(recipient.FullName, citizen.GetProperty("fullName").GetString());
        var folder = citizen.GetProperty("socialFolder");
        Assert.True(folder.ValueKind == JsonValueKind.Object, response.Text);
        Assert.Equal(JsonValueKind.Array, folder.GetProperty("cases").ValueKind);
        Assert.Equal(JsonValueKind.Null, citizen.GetProperty("vehicles").ValueKind);
        var error = Assert.Single(response.Errors);
        Assert.Equal(("FORBIDDEN", "OTHER_DEPARTMENT", "citizen.vehicles"), (error.Code, error.Reason, error.PathText));
    }
}
