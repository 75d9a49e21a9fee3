using System.Net.Http.Headers;
using System.Text;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Planning;
using Fascicolo.Testing;
using static Fascicolo.Gateway.Execution.Tests.PlanBuilder;

namespace Fascicolo.Gateway.Execution.Tests;

/// <summary>The request signer: every subgraph request is signed, and callers of different partitions never share an in-flight answer.</summary>
public sealed class SignedRequestTests
{
    private static readonly QueryPlan Plan = new(
        Root(0, "accounts", "{ me { name } }"),
        Shape("Query", Object("me", Named("User"), Shape("User", Leaf("name")))),
        OperationKind.Query);

    [Fact]
    public async Task Execute_Should_NeverShareAnAnswerBetweenPartitions_When_IdenticalQueriesOfTwoCallersAreInFlightTogether()
    {
        // Each subgraph request gets its own answer, so who got whose answer shows in the response.
        var answers = 0;
        await using var accounts = await StubSubgraph.StartAsync(_ => """{"data":{"me":{"name":"answer """ + Interlocked.Increment(ref answers) + "\"}}}", delay: TimeSpan.FromMilliseconds(500));
        using var clients = new SubgraphClients([KeyValuePair.Create("accounts", accounts.Url)], new SubgraphClientOptions());
        var executor = new PlanExecutor(clients);
        var ada = new TestSigner("ada");
        var bob = new TestSigner("bob");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => ExecuteAsync(executor, i % 2 == 0 ? ada : bob)));

        Assert.Equal(2, accounts.Requests.Count);
        var adaAnswers = responses.Where((_, i) => i % 2 == 0).Distinct().ToList();
        var bobAnswers = responses.Where((_, i) => i % 2 == 1).Distinct().ToList();
        Assert.Single(adaAnswers);
        Assert.Single(bobAnswers);
        Assert.NotEqual(adaAnswers[0], bobAnswers[0]);
        Assert.Equal(1, ada.Signed);
        Assert.Equal(1, bob.Signed);
    }

    [Fact]
    public async Task Execute_Should_SignEveryRequest_When_DeduplicationIsOff()
    {
        await using var accounts = await StubSubgraph.StartAsync(_ => """{"data":{"me":{"name":"Ada"}}}""");
        using var clients = new SubgraphClients([KeyValuePair.Create("accounts", accounts.Url)], new SubgraphClientOptions { DeduplicateInflightQueries = false });
        var executor = new PlanExecutor(clients);
        var signer = new TestSigner("ada");

        await ExecuteAsync(executor, signer);
        await ExecuteAsync(executor, signer);

        Assert.Equal(2, signer.Signed);
        Assert.Equal(["accounts", "accounts"], signer.Subgraphs);
    }

    private static async Task<string> ExecuteAsync(PlanExecutor executor, ISubgraphRequestSigner signer)
    {
        using var output = await executor.ExecuteAsync(Plan, new ExecutionRequest(null, null, signer), CancellationToken.None);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private sealed class TestSigner(string partition) : ISubgraphRequestSigner
    {
        private int _signed;

        public string Partition => partition;

        public int Signed => _signed;

        public List<string> Subgraphs { get; } = [];

        public void Sign(HttpRequestHeaders headers, string subgraph, ReadOnlySpan<byte> body)
        {
            Interlocked.Increment(ref _signed);
            lock (Subgraphs)
            {
                Subgraphs.Add(subgraph);
            }

            headers.Authorization = new AuthenticationHeaderValue("Bearer", $"{partition}-{body.Length}");
        }
    }
}
