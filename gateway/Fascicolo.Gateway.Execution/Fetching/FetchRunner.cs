using System.Text.Json;
using Fascicolo.Gateway.Execution.Results;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Planning;

namespace Fascicolo.Gateway.Execution.Fetching;

/// <summary>Runs one fetch of a plan: builds its body, calls the subgraph and merges what it returns.</summary>
internal sealed class FetchRunner(SubgraphClients clients, ResultStore store, ExecutionErrors errors, ExecutionRequest request, bool isQuery)
{
    /// <summary>Runs a root fetch: its <c>data</c> merges into the response root.</summary>
    public async Task RunRootAsync(FetchNode fetch, CancellationToken cancellationToken)
    {
        using var body = new PooledBufferWriter();
        RequestBody.Write(body, fetch, request.Variables, targets: null);
        var response = await SendAsync(fetch, body, cancellationToken).ConfigureAwait(false);
        if (response is not { } root)
        {
            return;
        }

        if (root.TryGetProperty("errors", out var subgraphErrors) && subgraphErrors.ValueKind == JsonValueKind.Array)
        {
            foreach (var error in subgraphErrors.EnumerateArray())
            {
                errors.Add(SubgraphError(error, fetch.Subgraph, ReadPath(error)));
            }
        }

        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            lock (store.Gate)
            {
                store.AddRoot(data);
            }
        }
    }

    /// <summary>Runs an entity fetch for the objects at <paramref name="path"/>.</summary>
    public async Task RunEntitiesAsync(ResponsePath path, FetchNode fetch, CancellationToken cancellationToken)
    {
        var fragments = fetch.Representation ?? throw new InvalidOperationException($"Fetch {fetch.Id} under a Flatten has no representation.");
        EntityTargets targets;
        lock (store.Gate)
        {
            targets = EntityTargets.Collect(store, path, fragments, recordPaths: false);
        }

        using (targets)
        {
            if (targets.RepresentationCount == 0)
            {
                return;
            }

            using var body = new PooledBufferWriter(targets.Buffer.WrittenCount + 1024);
            RequestBody.Write(body, fetch, request.Variables, targets);
            var response = await SendAsync(fetch, body, cancellationToken).ConfigureAwait(false);
            if (response is not { } root)
            {
                return;
            }

            if (root.TryGetProperty("errors", out var subgraphErrors) && subgraphErrors.ValueKind == JsonValueKind.Array)
            {
                AddEntityErrors(subgraphErrors, path, fetch);
            }

            if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("_entities", out var entities) && entities.ValueKind == JsonValueKind.Array)
            {
                Merge(targets, entities);
            }
        }
    }

    private void Merge(EntityTargets targets, JsonElement entities)
    {
        var count = entities.GetArrayLength();
        lock (store.Gate)
        {
            for (var i = 0; i < targets.Targets.Count; i++)
            {
                var index = targets.RepresentationOfTarget[i];
                if (index < count && entities[index] is { ValueKind: JsonValueKind.Object } entity)
                {
                    store.Attach(targets.Targets[i], entity);
                }
            }
        }
    }

    private void AddEntityErrors(JsonElement subgraphErrors, ResponsePath path, FetchNode fetch)
    {
        EntityTargets? withPaths = null;
        try
        {
            foreach (var error in subgraphErrors.EnumerateArray())
            {
                var subgraphPath = ReadPath(error);
                if (subgraphPath is not [string first, int index, ..] || first != "_entities")
                {
                    errors.Add(SubgraphError(error, fetch.Subgraph, path: null));
                    continue;
                }

                if (withPaths is null)
                {
                    // Paths are only worth recording when errors need them: walk again, in the same order.
                    lock (store.Gate)
                    {
                        withPaths = EntityTargets.Collect(store, path, fetch.Representation!, recordPaths: true);
                    }
                }

                for (var i = 0; i < withPaths.Targets.Count; i++)
                {
                    if (withPaths.RepresentationOfTarget[i] == index)
                    {
                        errors.Add(SubgraphError(error, fetch.Subgraph, [.. withPaths.Paths[i], .. subgraphPath.Skip(2)]));
                    }
                }
            }
        }
        finally
        {
            withPaths?.Dispose();
        }
    }

    private async Task<JsonElement?> SendAsync(FetchNode fetch, PooledBufferWriter body, CancellationToken cancellationToken)
    {
        var client = clients.Get(fetch.Subgraph);
        var response = new PooledBufferWriter(8192);
        var adopted = false;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(client.Timeout);
        try
        {
            var status = await client.PostAsync(body.WrittenMemory, response, isQuery, request.Signer, timeout.Token).ConfigureAwait(false);
            var document = store.Adopt(response);
            adopted = true;
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add(Failure(fetch, $"Subgraph '{fetch.Subgraph}' answered HTTP {(int)status} without a GraphQL response.", FetchFailure.InvalidResponse));
                return null;
            }

            return document.RootElement;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            errors.Add(Failure(fetch, $"Subgraph '{fetch.Subgraph}' did not answer within {client.Timeout.TotalSeconds:0.###} s.", FetchFailure.Timeout));
        }
        catch (HttpRequestException exception)
        {
            errors.Add(Failure(fetch, $"Subgraph '{fetch.Subgraph}' could not be reached: {exception.Message}", FetchFailure.RequestFailed));
        }
        catch (JsonException)
        {
            errors.Add(Failure(fetch, $"Subgraph '{fetch.Subgraph}' answered with invalid JSON.", FetchFailure.InvalidResponse));
        }
        finally
        {
            // Once adopted, the store returns the buffer with the request; on every other way out
            // (failures, and the client's own cancellation, which propagates) it is returned here.
            if (!adopted)
            {
                response.Dispose();
            }
        }

        return null;
    }

    // The code both reference gateways give a failed subgraph request; our more specific reason beside it.
    private static ExecutionError Failure(FetchNode fetch, string message, string reason) =>
        new(message, null, null, FetchFailure.Code, fetch.Subgraph) { Reason = reason };

    private static ExecutionError SubgraphError(JsonElement error, string subgraph, IReadOnlyList<object>? path)
    {
        var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "Subgraph error.";
        JsonElement? extensions = error.TryGetProperty("extensions", out var e) ? e : null;
        return new ExecutionError(message, path, extensions, Code: FetchFailure.SubgraphErrorCode, subgraph);
    }

    private static List<object>? ReadPath(JsonElement error)
    {
        if (!error.TryGetProperty("path", out var path) || path.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var segments = new List<object>(path.GetArrayLength());
        foreach (var segment in path.EnumerateArray())
        {
            segments.Add(segment.ValueKind == JsonValueKind.Number ? segment.GetInt32() : segment.GetString() ?? string.Empty);
        }

        return segments;
    }
}
