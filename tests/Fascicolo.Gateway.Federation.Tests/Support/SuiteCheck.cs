using System.Text.Json.Nodes;
using Fascicolo.Testing;
using Xunit.Abstractions;

namespace Fascicolo.Gateway.Federation.Tests.Support;

/// <summary>
/// Runs one case of a suite through every gateway and checks, collecting every problem before failing:
/// our gateway (over both supergraphs) answers exactly the expected response with exactly the minimum
/// number of subgraph requests; Hive Gateway and Apollo Gateway answer the expected response and make
/// no fewer requests, unless the case says why not (<see cref="SuiteCase.PeerNote"/>). A case our
/// planner does not support yet (<see cref="SuiteCase.OursGap"/>) must be refused, not answered wrongly.
/// </summary>
public static class SuiteCheck
{
    /// <summary>Set to 1 to write the expected responses from Hive Gateway's answers (review the diff).</summary>
    public const string UpdateVariable = "FASCICOLO_UPDATE_EXPECTED";

    private static readonly string[] Ours = ["ours", "ours-own"];
    private static readonly string[] Peers = ["hive", "apollo"];

    /// <summary>Checks <paramref name="case"/>.</summary>
    /// <param name="fixture">The running suite.</param>
    /// <param name="case">The case.</param>
    /// <param name="output">Where the counts of every gateway are written.</param>
    /// <returns>A task completing when checked.</returns>
    public static async Task RunAsync(SuiteFixture fixture, SuiteCase @case, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(output);
        var results = new Dictionary<string, (JsonObject Answer, SubgraphRequests Requests)>(StringComparer.Ordinal);
        foreach (var role in Peers.Concat(Ours).Where(fixture.Gateways.ContainsKey))
        {
            var (response, requests) = await fixture.SendAsync(role, @case);
            results[role] = (SuiteAnswer.From(response), requests);
            output.WriteLine($"{role,-8} {requests.Total} request(s): {requests}");
        }
        Assert.True(fixture.StartProblem is null, fixture.StartProblem);

        var path = Path.Combine(RepositoryRoot.Find(), "tests", "Fascicolo.Gateway.Federation.Tests", "Expected", fixture.Suite, @case.Name + ".json");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, SuiteAnswer.FileText(results["hive"].Answer));
        }
        Assert.True(File.Exists(path), $"{path} is missing; write it with {UpdateVariable}=1 and review it.");
        var expected = SuiteAnswer.Text(JsonNode.Parse(await File.ReadAllTextAsync(path)));

        var problems = new List<string>();
        foreach (var role in Ours.Where(results.ContainsKey))
        {
            var (answer, requests) = results[role];
            if (@case.OursGap is not null)
            {
                if (answer["errors"]?[0]?["code"]?.GetValue<string>() != "QUERY_PLANNING_FAILED")
                {
                    problems.Add($"{role} answers {SuiteAnswer.Text(answer)}; the case says it is not supported yet ({@case.OursGap}): remove OursGap if it now works, or refuse to plan it.");
                }
                continue;
            }

            if (SuiteAnswer.Text(answer) != expected)
            {
                problems.Add($"{role} answers {SuiteAnswer.Text(answer)}");
            }
            if (requests.Total != @case.MinimumRequests)
            {
                problems.Add($"{role} makes {requests.Total} subgraph request(s), the minimum is {@case.MinimumRequests}:\n  {string.Join("\n  ", requests.Log)}");
            }
        }
        var peerDeparts = false;
        foreach (var role in Peers)
        {
            var (answer, requests) = results[role];
            var departs = SuiteAnswer.Text(answer) != expected || requests.Total < @case.MinimumRequests;
            peerDeparts |= departs;
            if (departs)
            {
                // Kept in the test output, so a case's PeerNote can be checked against what the peer did.
                output.WriteLine($"{role} departs: {SuiteAnswer.Text(answer)}\n  {string.Join("\n  ", requests.Log)}");
            }

            if (departs && @case.PeerNote is null)
            {
                problems.Add($"{role} answers {SuiteAnswer.Text(answer)} with {requests.Total} request(s) and the case does not say why:\n  {string.Join("\n  ", requests.Log)}");
            }
        }
        if (!peerDeparts && @case.PeerNote is not null)
        {
            problems.Add("Both peers now answer as expected with at least the minimum requests: remove the case's PeerNote.");
        }
        Assert.True(problems.Count == 0, $"expected {expected}\n{string.Join("\n", problems)}");
    }
}
