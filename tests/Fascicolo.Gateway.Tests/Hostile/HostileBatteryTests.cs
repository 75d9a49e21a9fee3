using System.Text.Json;
using Fascicolo.Gateway.Tests.CityGraph;
using Xunit.Abstractions;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>
/// The hostile battery against the whole hub: over a thousand generated attempts to read another
/// citizen's personal data (see <see cref="HostileCaseGenerator"/>) must yield none of it, each refused
/// with the right code; the legitimate reads made meanwhile must get their data. One run is shared by
/// these tests (<see cref="BatteryRun"/>); each judges one side of it.
/// </summary>
[Collection(WholeHub.Name)]
public sealed class HostileBatteryTests(CityGatewayFixture fixture, ITestOutputHelper output)
{
    private const int MinimumRequests = 1_000;

    [Fact]
    public async Task Battery_Should_ReturnNoForeignPersonalData_When_OverAThousandHostileRequestsTryToReadOtherCitizens()
    {
        var run = await BatteryRun.OfAsync(fixture);
        output.WriteLine(BatterySummary.Of(run));

        Assert.True(run.Verdicts.Count >= MinimumRequests, $"Only {run.Verdicts.Count} hostile requests were generated.");
        var leaking = run.Verdicts.Where(v => v.Leaks.Count > 0).ToList();
        Assert.True(leaking.Count == 0, $"{leaking.Count} hostile requests returned foreign personal data:\n" + BatterySummary.Sample(
            leaking.Select(v => $"#{v.Case.Number} {v.Case.Family} by {v.Case.Attacker.Label} {v.Case.Attacker.Subject} against {v.Case.Victim} -> {v.Outcome}: {string.Join("; ", v.Leaks.Take(5))}\n    body: {v.Case.Body}")));
    }

    [Fact]
    public async Task Battery_Should_RefuseEveryHostileRequestWithItsCode_When_TheAttackIsRefused()
    {
        var run = await BatteryRun.OfAsync(fixture);

        var wrong = run.Verdicts.Where(v => v.Violations.Count > 0).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {run.Verdicts.Count} hostile requests got a wrong answer:\n" + BatterySummary.Sample(
            wrong.Select(v => $"#{v.Case.Number} {v.Case.Family} ({v.Case.Target}, {v.Case.Token}) by {v.Case.Attacker.Label} {v.Case.Attacker.Subject} against {v.Case.Victim}: {string.Join("; ", v.Violations.Distinct().Take(4))}\n    body: {v.Case.Body}")));

        // Every family of attack was tried, and the refusals span every reason the policy has for these attackers.
        var families = run.Verdicts.Select(v => v.Case.Family.Split(':')[0]).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["direct", "variables", "aliases", "named-fragment", "inline-fragment", "household", "omocodic-argument", "omocodic-subject", "entity-root", "gateway-_entities", "batched", "subgraph"], StringComparer.Ordinal), families);
        var reasons = run.Verdicts.SelectMany(v => v.Reasons).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["AUTHENTICATION_REQUIRED", "ROLE_NOT_ALLOWED", "ASSURANCE_TOO_LOW", "NOT_YOUR_DATA", "PURPOSE_REQUIRED", "OTHER_ENTE", "OTHER_DEPARTMENT"], StringComparer.Ordinal), reasons);
    }

    [Fact]
    public async Task LegitimateReads_Should_GetTheirData_When_MadeDuringTheBattery()
    {
        var run = await BatteryRun.OfAsync(fixture);

        Assert.NotEmpty(run.Legitimate);
        foreach (var (read, response) in run.Legitimate)
        {
            Assert.True(response.Status == 200 && response.Data is not null, $"{read.Label}: {response.Status} {response.Text}");
            Assert.True(!read.MustBeWhole || response.Errors.Count == 0, $"{read.Label} was refused: {response.Text}");
        }

        // Through the household too, the parent reaches the pupil's enrolments.
        var walk = run.Legitimate.Single(r => r.Read.Label.StartsWith("parent walks", StringComparison.Ordinal)).Response.Data!.Value;
        var pupil = fixture.City.GetPersona(Domain.SyntheticCity.DemoPersonaKeys.Pupil).FiscalCode;
        var child = walk.GetProperty("citizen").GetProperty("household").GetProperty("members").EnumerateArray()
            .Select(m => m.GetProperty("citizen"))
            .Single(c => c.ValueKind == JsonValueKind.Object && c.GetProperty("fiscalCode").GetString() == pupil);
        Assert.NotEmpty(child.GetProperty("enrolments").EnumerateArray());
    }

    [Fact]
    public async Task LeakDetector_Should_FindTheVictimsValues_When_AStrangerIsHandedTheirDossier()
    {
        // The zero-leak result means something only if the detector sees a leak when there is one: hand each
        // victim's privileged dossier to a stranger and it must find the victim's values in it.
        var run = await BatteryRun.OfAsync(fixture);
        var stranger = run.Cast.Citizens.First(a => a.Assurance == 2 && !run.Cast.Victims.Contains(a.FiscalCode!));
        var forbidden = run.Forbidden.For(stranger);

        foreach (var victim in run.Cast.Victims)
        {
            var dossier = run.Dossiers[victim];
            var handedOver = new HostileResponse(200, null, null, JsonSerializer.Serialize(new { data = new { citizen = dossier.Citizen } }));
            var leaks = LeakDetector.Find(handedOver, requestBody: "{}", forbidden);
            Assert.True(leaks.Count > 0, $"The detector found nothing of {victim} in their own dossier ({run.Forbidden.DistinctiveCountOf(victim)} distinctive values).");
            Assert.All(leaks, leak => Assert.Equal(victim, leak.Owner));
        }
    }
}
