using Fascicolo.Gateway.Execution.Fetching;
using Fascicolo.Gateway.Execution.Output;
using Fascicolo.Gateway.Execution.Results;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Planning;

namespace Fascicolo.Gateway.Execution;

/// <summary>Runs query plans against the subgraphs and writes the client's response.</summary>
public sealed class PlanExecutor(SubgraphClients clients)
{
    /// <summary>
    /// Runs <paramref name="plan"/> and returns the response body (<c>{"data":…,"errors":[…]}</c>) in a
    /// pooled buffer that the caller disposes. A failing subgraph yields partial data and errors, not
    /// an exception; cancellation of <paramref name="cancellationToken"/> stops every fetch.
    /// </summary>
    public async Task<PooledBufferWriter> ExecuteAsync(QueryPlan plan, ExecutionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        using var store = new ResultStore();
        var errors = new ExecutionErrors();
        if (plan.Root is { } root)
        {
            var runner = new FetchRunner(clients, store, errors, request, isQuery: plan.Kind == OperationKind.Query);
            await RunAsync(root, runner, cancellationToken).ConfigureAwait(false);
        }

        var output = new PooledBufferWriter(16 * 1024);
        try
        {
            new ResponseWriter(store, errors, request).Write(output, plan);
            return output;
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }

    private static Task RunAsync(PlanNode node, FetchRunner runner, CancellationToken cancellationToken) => node switch
    {
        FetchNode fetch => runner.RunRootAsync(fetch, cancellationToken),
        FlattenNode flatten => runner.RunEntitiesAsync(flatten.Path, flatten.Fetch, cancellationToken),
        SequenceNode sequence => RunSequenceAsync(sequence, runner, cancellationToken),
        ParallelNode parallel => RunParallelAsync(parallel, runner, cancellationToken),
        _ => throw new InvalidOperationException($"The executor does not know plan node {node.GetType().Name}."),
    };

    private static async Task RunSequenceAsync(SequenceNode sequence, FetchRunner runner, CancellationToken cancellationToken)
    {
        foreach (var node in sequence.Nodes)
        {
            await RunAsync(node, runner, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task RunParallelAsync(ParallelNode parallel, FetchRunner runner, CancellationToken cancellationToken)
    {
        // A query's entity fetches to one subgraph go as one request; a mutation's requests stay apart.
        if (!runner.IsQuery)
        {
            return RunAllAsync(parallel.Nodes, [], runner, cancellationToken);
        }

        var fetches = ParallelFetches.For(parallel);
        return RunAllAsync(fetches.Alone, fetches.Merged, runner, cancellationToken);
    }

    private static Task RunAllAsync(IReadOnlyList<PlanNode> nodes, IReadOnlyList<MergedEntityFetch> merged, FetchRunner runner, CancellationToken cancellationToken)
    {
        var tasks = new Task[nodes.Count + merged.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            tasks[i] = RunAsync(nodes[i], runner, cancellationToken);
        }

        for (var i = 0; i < merged.Count; i++)
        {
            tasks[nodes.Count + i] = merged[i].RunAsync(runner, cancellationToken);
        }

        return Task.WhenAll(tasks);
    }
}
