using System.Collections.Concurrent;
using System.Numerics;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Planning;

namespace Fascicolo.Gateway.Execution.Fetching;

/// <summary>
/// Entity fetches of one parallel node that go to one subgraph, sent as one request (Hive Gateway's
/// executor merges concurrent requests to a subgraph the same way): one request fewer per extra fetch,
/// and the subgraph resolves them together.
/// </summary>
/// <remarks>
/// Which fetches a request carries is known only when they run: a fetch whose path holds no object
/// sends nothing, and when a single fetch is left it is sent exactly as it would be alone (same body,
/// so subgraph-side caches and in-flight de-duplication see what they always saw). The document of
/// each set of fetches is built once, keyed by a bit mask over <see cref="Fetches"/>.
/// </remarks>
internal sealed class MergedEntityFetch
{
    /// <summary>The most fetches one request carries: the bits of the mask keying the documents.</summary>
    public const int MaxFetches = 32;

    private readonly ConcurrentDictionary<uint, MergedEntityDocument> _documents = new();

    /// <summary>Groups <paramref name="fetches"/>: two to <see cref="MaxFetches"/> entity fetches to one subgraph.</summary>
    public MergedEntityFetch(IReadOnlyList<FlattenNode> fetches)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fetches.Count, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fetches.Count, MaxFetches);
        Fetches = fetches;
    }

    /// <summary>The fetches, in plan order.</summary>
    public IReadOnlyList<FlattenNode> Fetches { get; }

    /// <summary>Collects every fetch's targets at once and sends those that have any, together.</summary>
    public async Task RunAsync(FetchRunner runner, CancellationToken cancellationToken)
    {
        var collected = new EntityTargets?[Fetches.Count];
        try
        {
            var mask = 0u;
            var count = 0;
            for (var i = 0; i < collected.Length; i++)
            {
                var targets = collected[i] = runner.CollectTargets(Fetches[i].Path, Fetches[i].Fetch, recordPaths: false);
                if (targets.RepresentationCount > 0)
                {
                    mask |= 1u << i;
                    count++;
                }
            }

            if (count == 1)
            {
                var alone = BitOperations.TrailingZeroCount(mask);
                await runner.SendEntitiesAsync(Fetches[alone].Path, Fetches[alone].Fetch, collected[alone]!, cancellationToken).ConfigureAwait(false);
            }
            else if (count > 1)
            {
                await SendAsync(runner, mask, count, collected, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            foreach (var targets in collected)
            {
                targets?.Dispose();
            }
        }
    }

    private async Task SendAsync(FetchRunner runner, uint mask, int count, EntityTargets?[] collected, CancellationToken cancellationToken)
    {
        var document = _documents.GetOrAdd(mask, static (key, all) => MergedEntityDocument.Create(Members(all, key)), Fetches);
        var parts = new EntityFetchPart[count];
        var size = 1024;
        var p = 0;
        for (var rest = mask; rest != 0; rest &= rest - 1)
        {
            var i = BitOperations.TrailingZeroCount(rest);
            var targets = collected[i]!;
            parts[p] = new EntityFetchPart(document.Aliases[p], Fetches[i].Path, Fetches[i].Fetch, targets);
            size += targets.Buffer.WrittenCount;
            p++;
        }

        var subgraph = Fetches[0].Fetch.Subgraph;
        using var body = new PooledBufferWriter(size);
        document.Write(body, parts, runner.ClientVariables);
        if (await runner.SendAsync(subgraph, body, fetches: count, cancellationToken).ConfigureAwait(false) is { } root)
        {
            runner.ReadEntities(root, subgraph, parts);
        }
    }

    /// <summary>The fetches whose bits are set in <paramref name="mask"/>, in plan order.</summary>
    private static List<FetchNode> Members(IReadOnlyList<FlattenNode> fetches, uint mask)
    {
        var members = new List<FetchNode>(BitOperations.PopCount(mask));
        for (var rest = mask; rest != 0; rest &= rest - 1)
        {
            members.Add(fetches[BitOperations.TrailingZeroCount(rest)].Fetch);
        }

        return members;
    }
}
