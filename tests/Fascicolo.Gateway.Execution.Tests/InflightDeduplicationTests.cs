using System.Text;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Planning;
using Fascicolo.Testing;
using static Fascicolo.Gateway.Execution.Tests.PlanBuilder;

namespace Fascicolo.Gateway.Execution.Tests;

public sealed class InflightDeduplicationTests
{
    private const string Answer = """{"data":{"me":{"name":"Ada"}}}""";

    private static QueryPlan Plan(OperationKind kind) => new(
        Root(0, "accounts", kind == OperationKind.Query ? "{ me { name } }" : "mutation { me { name } }"),
        Shape(kind == OperationKind.Query ? "Query" : "Mutation", Object("me", Named("User"), Shape("User", Leaf("name")))),
        kind);

    [Fact]
    public async Task Execute_Should_SendOneSubgraphRequest_When_IdenticalQueriesAreInFlightTogether()
    {
        await using var accounts = await StubSubgraph.StartAsync(_ => Answer, delay: TimeSpan.FromMilliseconds(500));
        using var clients = new SubgraphClients([KeyValuePair.Create("accounts", accounts.Url)], new SubgraphClientOptions());
        var executor = new PlanExecutor(clients);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ExecuteAsync(executor, Plan(OperationKind.Query))));

        Assert.All(responses, response => Assert.Equal(Answer, response));
        Assert.Single(accounts.Requests);
    }

    [Fact]
    public async Task Execute_Should_SendEveryMutation_When_IdenticalMutationsAreInFlightTogether()
    {
        await using var accounts = await StubSubgraph.StartAsync(_ => Answer, delay: TimeSpan.FromMilliseconds(300));
        using var clients = new SubgraphClients([KeyValuePair.Create("accounts", accounts.Url)], new SubgraphClientOptions());
        var executor = new PlanExecutor(clients);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ExecuteAsync(executor, Plan(OperationKind.Mutation))));

        Assert.Equal(4, accounts.Requests.Count);
    }

    [Fact]
    public async Task Execute_Should_SendEveryQuery_When_DeduplicationIsOff()
    {
        await using var accounts = await StubSubgraph.StartAsync(_ => Answer, delay: TimeSpan.FromMilliseconds(300));
        using var clients = new SubgraphClients([KeyValuePair.Create("accounts", accounts.Url)], new SubgraphClientOptions { DeduplicateInflightQueries = false });
        var executor = new PlanExecutor(clients);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ExecuteAsync(executor, Plan(OperationKind.Query))));

        Assert.Equal(4, accounts.Requests.Count);
    }

    [Fact]
    public async Task Execute_Should_AnswerTheFollowerItself_When_TheLeadersClientGoesAway()
    {
        await using var accounts = await StubSubgraph.StartAsync(_ => Answer, delay: TimeSpan.FromMilliseconds(400));
        using var clients = new SubgraphClients([KeyValuePair.Create("accounts", accounts.Url)], new SubgraphClientOptions());
        var executor = new PlanExecutor(clients);
        using var leaderGone = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var leader = ExecuteAsync(executor, Plan(OperationKind.Query), leaderGone.Token);
        await Task.Delay(20);
        var follower = ExecuteAsync(executor, Plan(OperationKind.Query), CancellationToken.None);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leader);
        Assert.Equal(Answer, await follower);
    }

    private static async Task<string> ExecuteAsync(PlanExecutor executor, QueryPlan plan, CancellationToken cancellationToken = default)
    {
        using var output = await executor.ExecuteAsync(plan, new ExecutionRequest(null), cancellationToken);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
