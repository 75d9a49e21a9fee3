using System.Buffers;
using System.Text.Json;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Planning;

namespace Fascicolo.Gateway.Execution.Fetching;

// FetchRunner: entity fetches, alone or as part of a merged request (MergedEntityFetch).
internal sealed partial class FetchRunner
{
    private const string EntitiesField = "_entities";

    /// <summary>Runs an entity fetch for the objects at <paramref name="path"/>.</summary>
    public async Task RunEntitiesAsync(ResponsePath path, FetchNode fetch, CancellationToken cancellationToken)
    {
        using var targets = CollectTargets(path, fetch, recordPaths: false);
        if (targets.RepresentationCount > 0)
        {
            await SendEntitiesAsync(path, fetch, targets, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Finds the objects at <paramref name="path"/> and their representations, as they are now.</summary>
    public EntityTargets CollectTargets(ResponsePath path, FetchNode fetch, bool recordPaths)
    {
        var fragments = fetch.Representation ?? throw new InvalidOperationException($"Fetch {fetch.Id} under a Flatten has no representation.");
        lock (store.Gate)
        {
            return EntityTargets.Collect(store, path, fragments, recordPaths);
        }
    }

    /// <summary>Sends one entity fetch for <paramref name="targets"/> (which hold at least one representation) and merges its answer.</summary>
    public async Task SendEntitiesAsync(ResponsePath path, FetchNode fetch, EntityTargets targets, CancellationToken cancellationToken)
    {
        using var body = new PooledBufferWriter(targets.Buffer.WrittenCount + 1024);
        RequestBody.Write(body, fetch, request.Variables, targets);
        if (await SendAsync(fetch.Subgraph, body, fetches: 1, cancellationToken).ConfigureAwait(false) is { } root)
        {
            ReadEntities(root, fetch.Subgraph, [new EntityFetchPart(EntitiesField, path, fetch, targets)]);
        }
    }

    /// <summary>
    /// Reads the answer to a request carrying <paramref name="parts"/>: each part's array merges into its
    /// targets; an error whose path enters a part's array is reported at the client paths of the objects
    /// that produced that representation; any other error once, without a path.
    /// </summary>
    public void ReadEntities(JsonElement root, string subgraph, ReadOnlySpan<EntityFetchPart> parts)
    {
        if (root.TryGetProperty("errors", out var subgraphErrors) && subgraphErrors.ValueKind == JsonValueKind.Array)
        {
            AddEntityErrors(subgraphErrors, subgraph, parts);
        }

        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var part in parts)
        {
            if (data.TryGetProperty(part.Field, out var entities) && entities.ValueKind == JsonValueKind.Array)
            {
                Merge(part.Targets, entities);
            }
        }
    }

    private void Merge(EntityTargets targets, JsonElement entities)
    {
        // Read by index, an array of objects is scanned from its start for every entity: list them once.
        var count = entities.GetArrayLength();
        var items = ArrayPool<JsonElement>.Shared.Rent(Math.Max(1, count));
        try
        {
            var n = 0;
            foreach (var item in entities.EnumerateArray())
            {
                items[n++] = item;
            }

            lock (store.Gate)
            {
                for (var i = 0; i < targets.Targets.Count; i++)
                {
                    var index = targets.RepresentationOfTarget[i];
                    if (index < count && items[index] is { ValueKind: JsonValueKind.Object } entity)
                    {
                        store.Attach(targets.Targets[i], entity);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<JsonElement>.Shared.Return(items, clearArray: true);
        }
    }

    private void AddEntityErrors(JsonElement subgraphErrors, string subgraph, ReadOnlySpan<EntityFetchPart> parts)
    {
        // Paths are only worth recording when errors need them: each part walks again, in the same order, at most once.
        EntityTargets?[]? withPaths = null;
        try
        {
            foreach (var error in subgraphErrors.EnumerateArray())
            {
                var subgraphPath = ReadPath(error);
                var part = subgraphPath is [string field, int, ..] ? IndexOf(parts, field) : -1;
                if (part < 0)
                {
                    errors.Add(SubgraphError(error, subgraph, path: null));
                    continue;
                }

                withPaths ??= new EntityTargets?[parts.Length];
                var targets = withPaths[part] ??= CollectTargets(parts[part].Path, parts[part].Fetch, recordPaths: true);
                var index = (int)subgraphPath![1];
                for (var i = 0; i < targets.Targets.Count; i++)
                {
                    if (targets.RepresentationOfTarget[i] == index)
                    {
                        errors.Add(SubgraphError(error, subgraph, [.. targets.Paths[i], .. subgraphPath.Skip(2)]));
                    }
                }
            }
        }
        finally
        {
            foreach (var targets in withPaths ?? [])
            {
                targets?.Dispose();
            }
        }
    }

    private static int IndexOf(ReadOnlySpan<EntityFetchPart> parts, string field)
    {
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Field == field)
            {
                return i;
            }
        }

        return -1;
    }
}
