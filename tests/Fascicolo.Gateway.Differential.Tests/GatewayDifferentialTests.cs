using Fascicolo.Gateway.Benchmarks.Lab;
using Fascicolo.Gateway.Differential.Tests.Corpus;
using Fascicolo.Gateway.Differential.Tests.Support;

namespace Fascicolo.Gateway.Differential.Tests;

/// <summary>Each operation of <see cref="DifferentialCorpus"/> through Hive Gateway, Apollo Gateway and ours.</summary>
[Collection(GatewayLabDefinition.Name)]
public sealed class GatewayDifferentialTests(GatewayLabFixture lab)
{
    [Theory]
    [MemberData(nameof(DifferentialCorpus.Names), MemberType = typeof(DifferentialCorpus))]
    public async Task OurGateway_Should_AnswerAsHiveGatewayDoes_When_SentTheOperation(string operation)
    {
        var @case = DifferentialCorpus.Get(operation);
        var (hive, apollo, ours) = @case.DownSubgraph is { } down
            ? await WhileDownAsync(down, () => SendAsync(@case))
            : await SendAsync(@case);

        // The corpus checks itself against the reference first: an error case must produce errors there, and only those.
        Assert.True(@case.ExpectsErrors == hive.HasErrors, $"The case expects {(@case.ExpectsErrors ? "" : "no ")}errors; Hive Gateway answered: {hive.Text}");
        Assert.True(ours is not null, lab.OursProblem);
        DifferentialAssert.SameAnswer(hive, apollo, ours);
    }

    private async Task<(GraphQLResponse Hive, GraphQLResponse Apollo, GraphQLResponse? Ours)> SendAsync(DifferentialCase @case)
    {
        var body = @case.Body();
        var hive = await GraphQLClient.PostAsync(lab.Hive.Endpoint, body, CancellationToken.None);
        var apollo = await GraphQLClient.PostAsync(lab.Apollo.Endpoint, body, CancellationToken.None);
        var ours = lab.Ours is { } gateway ? await GraphQLClient.PostAsync(gateway.Endpoint, body, CancellationToken.None) : null;
        return (hive, apollo, ours);
    }

    private async Task<(GraphQLResponse Hive, GraphQLResponse Apollo, GraphQLResponse? Ours)> WhileDownAsync(string subgraph, Func<Task<(GraphQLResponse, GraphQLResponse, GraphQLResponse?)>> send)
    {
        (GraphQLResponse, GraphQLResponse, GraphQLResponse?) answers = default;
        await lab.WhileDownAsync(subgraph, async () => answers = await send());
        // Later cases must meet the subgraph up again through every gateway's connection pool.
        await ReachAgainAsync(subgraph);
        return answers;
    }

    /// <summary>Sends a query touching the restarted subgraph through each gateway until it answers without errors.</summary>
    private async Task ReachAgainAsync(string subgraph)
    {
        var probe = GraphQLClient.Body("{ topProducts(first: 1) { upc inStock reviews { id } } }");
        foreach (var gateway in new[] { lab.Hive, lab.Apollo, lab.Ours }.OfType<GatewayProcess>())
        {
            for (var attempt = 0; ; attempt++)
            {
                var response = await GraphQLClient.PostAsync(gateway.Endpoint, probe, CancellationToken.None);
                if (!response.HasErrors)
                {
                    break;
                }
                Assert.True(attempt < 20, $"{gateway.Name} does not reach {subgraph} again after its restart: {response.Text}");
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }
}
