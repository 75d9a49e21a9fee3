using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Gateway.Tests.CityGraph;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>
/// One run of the hostile battery against the whole hub, made once per hub and shared by the tests that
/// judge it: the privileged dossier reads, then the hostile requests interleaved with the legitimate
/// reads, every response kept with its verdict.
/// </summary>
internal sealed class BatteryRun
{
    /// <summary>The seed of the cast and of every request.</summary>
    public const int Seed = 20_260_107;

    /// <summary>Requests in flight at once: the hub shares two cores with the test runner.</summary>
    private const int Parallelism = 4;

    private static readonly ConditionalWeakTable<CityGatewayFixture, Lazy<Task<BatteryRun>>> Runs = new();

    private BatteryRun()
    {
    }

    /// <summary>Who attacked whom.</summary>
    public BatteryCast Cast { get; private set; } = null!;

    /// <summary>The privileged reads of every cast member, by fiscal code.</summary>
    public IReadOnlyDictionary<string, Dossier> Dossiers { get; private set; } = null!;

    /// <summary>The values no attacker may see.</summary>
    public ForbiddenValues Forbidden { get; private set; } = null!;

    /// <summary>Every hostile request with its verdict.</summary>
    public IReadOnlyList<Verdict> Verdicts { get; private set; } = [];

    /// <summary>The legitimate reads with their responses.</summary>
    public IReadOnlyList<(LegitimateRead Read, HostileResponse Response)> Legitimate { get; private set; } = [];

    /// <summary>Every response of the run that carried data (privileged, legitimate and hostile).</summary>
    public IReadOnlyCollection<ObservedRead> Observed { get; private set; } = [];

    /// <summary>How long the dossier reads took.</summary>
    public TimeSpan Preparation { get; private set; }

    /// <summary>How long the hostile requests and legitimate reads took.</summary>
    public TimeSpan Battery { get; private set; }

    /// <summary>The fiscal codes <paramref name="attacker"/> may see (own, and a guardian's wards); null for a desk, which may see anyone's.</summary>
    public IReadOnlySet<string>? VisibleCodes(Attacker attacker)
    {
        if (!attacker.SeesNoOtherCodes)
        {
            return null;
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        if (attacker.FiscalCode is { } own)
        {
            codes.Add(own);
            if (attacker.Assurance >= 2 && Cast.Wards.TryGetValue(own, out var wards))
            {
                codes.UnionWith(wards);
            }
        }

        return codes;
    }

    /// <summary>The run on <paramref name="hub"/>, made on first use.</summary>
    public static Task<BatteryRun> OfAsync(CityGatewayFixture hub) =>
        Runs.GetValue(hub, h => new Lazy<Task<BatteryRun>>(() => RunAsync(h))).Value;

    private static async Task<BatteryRun> RunAsync(CityGatewayFixture hub)
    {
        var run = new BatteryRun();
        var observed = new ConcurrentBag<ObservedRead>();
        using var client = new HubClient(hub);
        var clock = Stopwatch.StartNew();

        run.Cast = BatteryCast.Draw(hub.City, Seed);
        run.Dossiers = await ReadDossiersAsync(hub, client, run.Cast, observed);
        run.Forbidden = new ForbiddenValues(run.Dossiers.Values, run.Cast.Wards);
        run.Preparation = clock.Elapsed;

        clock.Restart();
        var subgraphs = hub.Subgraphs.Keys.Order(StringComparer.Ordinal).ToList();
        var cases = new HostileCaseGenerator(Seed, hub.City, run.Cast, run.Dossiers, subgraphs).Generate();
        var legitimate = LegitimateRead.All(hub.City, run.Cast, subgraphs.Contains(HostileCaseGenerator.AuditSubgraph));
        var verdicts = new ConcurrentBag<Verdict>();
        var legitimateResponses = new ConcurrentBag<(LegitimateRead, HostileResponse)>();

        // The legitimate reads are spread through the hostile ones, so both run against the same busy hub.
        var work = cases.Select(c => (Case: c, Read: (LegitimateRead?)null)).ToList();
        for (var i = 0; i < legitimate.Count; i++)
        {
            work.Insert(Math.Min(work.Count, (i + 1) * cases.Count / (legitimate.Count + 1)), (null!, legitimate[i]));
        }

        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (item, cancellationToken) =>
        {
            if (item.Read is { } read)
            {
                var response = await client.GatewayAsync(read.Body, client.TokenOf(read.Reader), read.Reader.Purpose, cancellationToken);
                legitimateResponses.Add((read, response));
                Observe(observed, response, read.Reader.Role, read.Label, read.Body);
                return;
            }

            var @case = item.Case;
            var answer = await client.SendAsync(@case, (requestId, first) => Observe(observed, first with { RequestId = requestId }, CallerRoles.Service, $"#{@case.Number} original use of the replayed token", @case.Body), cancellationToken);
            verdicts.Add(Verdict.Judge(@case, answer, run.Forbidden.For(@case.Attacker), run.VisibleCodes(@case.Attacker)));
            var role = @case.SentAsAttacker ? @case.Attacker.Role : CallerRoles.Service;
            Observe(observed, answer, role, $"#{@case.Number} {@case.Family}", @case.Body);
        });

        run.Battery = clock.Elapsed;
        run.Verdicts = [.. verdicts.OrderBy(v => v.Case.Number)];
        run.Legitimate = [.. legitimateResponses.OrderBy(r => r.Item1.Label, StringComparer.Ordinal)];
        run.Observed = observed;
        return run;
    }

    /// <summary>Reads every cast member's full dossier as a service with a purpose of its own (distinctive in that person's access log).</summary>
    private static async Task<IReadOnlyDictionary<string, Dossier>> ReadDossiersAsync(CityGatewayFixture hub, HubClient client, BatteryCast cast, ConcurrentBag<ObservedRead> observed)
    {
        var service = client.TokenOf(new Attacker("privileged-service", CallerRoles.Service, null, 0, null, null, "dossier"));
        var query = $"query Dossier($code: FiscalCode!) {{ citizen(fiscalCode: $code) {{ fiscalCode {DossierSections.All} }} }}";
        var dossiers = new ConcurrentDictionary<string, Dossier>(StringComparer.Ordinal);
        var people = cast.People.Select((code, index) => (code, index)).ToList();
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (person, cancellationToken) =>
        {
            var body = JsonSerializer.Serialize(new { query, variables = new { code = person.code } });
            var purpose = string.Create(CultureInfo.InvariantCulture, $"verifica d'ufficio H10-{person.index:D3}");
            var response = await client.GatewayAsync(body, service, purpose, cancellationToken);
            Assert.True(response.Status == 200 && response.Errors.Count == 0 && response.Data?.GetProperty("citizen").ValueKind == JsonValueKind.Object, $"The privileged read of {person.code} failed: {response.Status} {response.Text}");
            Observe(observed, response, CallerRoles.Service, $"privileged dossier of {person.code}", body);
            var recipient = person.code == hub.City.GetPersona(DemoPersonaKeys.WelfareRecipient).FiscalCode;
            dossiers[person.code] = Dossier.Read(person.code, response.Data!.Value.GetProperty("citizen"), recipient ? [purpose, LegitimateRead.OperatorPurpose] : [purpose]);
        });

        // The operator persona's read of the welfare recipient is in the recipient's access log from the start, purpose and all.
        var operatorRead = LegitimateRead.All(hub.City, cast, withAccessLog: false).Single(r => r.Reader == LegitimateRead.OperatorPersona);
        var first = await client.GatewayAsync(operatorRead.Body, client.TokenOf(operatorRead.Reader), operatorRead.Reader.Purpose);
        Assert.True(first.Status == 200 && first.Errors.Count == 0, $"The operator persona could not read the welfare recipient: {first.Text}");
        Observe(observed, first, CallerRoles.Operator, operatorRead.Label + " (before the battery)", operatorRead.Body);
        return dossiers;
    }

    private static void Observe(ConcurrentBag<ObservedRead> observed, HostileResponse response, string role, string label, string body)
    {
        if (response.Data is { } data && response.RequestId is { } requestId)
        {
            observed.Add(new ObservedRead(requestId, role, label, body, data));
        }
    }
}
