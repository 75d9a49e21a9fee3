using System.Globalization;
using System.Text.Json;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Gateway.Tests.CityGraph;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>
/// The "done when", end to end: the operator persona reads the welfare recipient's social folder
/// with a purpose; the welfare recipient, signed in at SPID level 2, finds that read in her
/// <c>accessLog</c> (office, role, purpose, when), newest first; and she cannot read anyone else's log.
/// </summary>
[Collection(WholeHub.Name)]
public sealed class AccessLogDemoTests(CityGatewayFixture fixture)
{
    private const string AccessLog = """
        query Log($me: FiscalCode!) {
          citizen(fiscalCode: $me) {
            accessLog(first: 20) { edges { node { at role purpose subgraph data office { ente department } } } }
          }
        }
        """;

    [Fact]
    public async Task WelfareRecipient_Should_SeeTheOperatorsReadInHerAccessLog_When_TheOperatorPersonaReadHerFolder()
    {
        using var client = new HubClient(fixture);
        var recipient = fixture.City.GetPersona(DemoPersonaKeys.WelfareRecipient).FiscalCode;
        var purpose = string.Create(CultureInfo.InvariantCulture, $"{LegitimateRead.OperatorPurpose} (demo {Guid.NewGuid():N})");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var read = await client.GatewayAsync(
            JsonSerializer.Serialize(new { query = "query Folder($who: FiscalCode!) { citizen(fiscalCode: $who) { socialFolder { cases { id } benefits { name } } } }", variables = new { who = recipient } }),
            client.TokenOf(LegitimateRead.OperatorPersona),
            purpose);
        Assert.True(read.Status == 200 && read.Errors.Count == 0, read.Text);
        var log = await client.GatewayAsync(JsonSerializer.Serialize(new { query = AccessLog, variables = new { me = recipient } }), client.TokenOf(Attacker.Citizen(recipient, 2)), purpose: null);

        Assert.True(log.Status == 200 && log.Errors.Count == 0, log.Text);
        var entries = log.Data!.Value.GetProperty("citizen").GetProperty("accessLog").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        var times = entries.Select(e => DateTimeOffset.Parse(e.GetProperty("at").GetString()!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
        var operatorEntry = entries.First(e => e.GetProperty("role").GetString() == CallerRoles.Operator);
        Assert.Equal(purpose, operatorEntry.GetProperty("purpose").GetString());
        Assert.Equal("welfare", operatorEntry.GetProperty("subgraph").GetString());
        Assert.Contains("Citizen.socialFolder", operatorEntry.GetProperty("data").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(Attacker.CityEnte, operatorEntry.GetProperty("office").GetProperty("ente").GetString());
        Assert.Equal("social", operatorEntry.GetProperty("office").GetProperty("department").GetString());
        var at = DateTimeOffset.Parse(operatorEntry.GetProperty("at").GetString()!, CultureInfo.InvariantCulture);
        Assert.InRange(at, before, DateTimeOffset.UtcNow.AddSeconds(1));
        // The office and the role, never who the operator is.
        Assert.DoesNotContain(LegitimateRead.OperatorPersona.Subject, log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WelfareRecipient_Should_BeRefusedAnotherCitizensAccessLog_When_SheAsksForIt()
    {
        using var client = new HubClient(fixture);
        var recipient = fixture.City.GetPersona(DemoPersonaKeys.WelfareRecipient).FiscalCode;
        var other = fixture.City.GetPersona(DemoPersonaKeys.VehicleOwner).FiscalCode;

        var log = await client.GatewayAsync(JsonSerializer.Serialize(new { query = AccessLog, variables = new { me = other } }), client.TokenOf(Attacker.Citizen(recipient, 2)), purpose: null);

        Assert.Equal(200, log.Status);
        var citizen = log.Data!.Value.GetProperty("citizen");
        Assert.True(citizen.ValueKind == JsonValueKind.Null || citizen.GetProperty("accessLog").ValueKind == JsonValueKind.Null, log.Text);
        Assert.NotEmpty(log.Errors);
        Assert.All(log.Errors, error => Assert.Equal(("FORBIDDEN", "NOT_YOUR_DATA"), (error.Code, error.Reason)));
    }

    [Fact]
    public async Task OperatorPersona_Should_BeRefusedTheRecipientsAccessLog_When_ReadingItWithAPurpose()
    {
        using var client = new HubClient(fixture);
        var recipient = fixture.City.GetPersona(DemoPersonaKeys.WelfareRecipient).FiscalCode;

        var log = await client.GatewayAsync(JsonSerializer.Serialize(new { query = AccessLog, variables = new { me = recipient } }), client.TokenOf(LegitimateRead.OperatorPersona), LegitimateRead.OperatorPurpose);

        var error = Assert.Single(log.Errors);
        Assert.Equal(("FORBIDDEN", "ROLE_NOT_ALLOWED"), (error.Code, error.Reason));
        Assert.DoesNotContain("verifica d'ufficio", log.Text, StringComparison.Ordinal);
    }
}
