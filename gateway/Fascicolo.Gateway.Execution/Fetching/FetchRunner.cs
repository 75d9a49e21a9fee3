using System.Text.Json;
using Fascicolo.Gateway.Execution.Results;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Planning;

namespace Fascicolo.Gateway.Execution.Fetching;

/// <summary>Runs one fetch of a plan: builds its body, calls the subgraph and merges what it returns.</summary>
internal sealed partial class FetchRunner(SubgraphClients clients, ResultStore store, ExecutionErrors errors, ExecutionRequest request, bool isQuery)
{
    /// <summary>True for a query plan; a mutation's requests are never shared nor merged.</summary>
    public bool IsQuery => isQuery;

    /// <summary>The client's variables, forwarded to subgraphs by name.</summary>
    public JsonElement? ClientVariables => request.Variables;

    /// <summary>Runs a root fetch: its <c>data</c> merges into the response root.</summary>
    public async Task RunRootAsync(FetchNode fetch, CancellationToken cancellationToken)
    {
        using var body = new PooledBufferWriter();
        RequestBody.Write(body, fetch, request.Variables, targets: null);
        var response = await SendAsync(fetch.Subgraph, body, fetches: 1, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// Sends <paramref name="body"/> to <paramref name="subgraph"/> and returns the parsed response, or null
    /// when the request failed. A failure is reported once for each of the <paramref name="fetches"/> the
    /// request carries: merged or not, every fetch reports what it would have reported alone.
    /// </summary>
    public async Task<JsonElement?> SendAsync(string subgraph, PooledBufferWriter body, int fetches, CancellationToken cancellationToken)
    {
        var client = clients.Get(subgraph);
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
                AddFailure(subgraph, $"Subgraph '{subgraph}' answered HTTP {(int)status} without a GraphQL response.", FetchFailure.InvalidResponse, fetches);
                return null;
            }

            return document.RootElement;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            AddFailure(subgraph, $"Subgraph '{subgraph}' did not answer within {client.Timeout.TotalSeconds:0.###} s.", FetchFailure.Timeout, fetches);
        }
        catch (HttpRequestException exception)
        {
            AddFailure(subgraph, $"Subgraph '{subgraph}' could not be reached: {exception.Message}", FetchFailure.RequestFailed, fetches);
        }
        catch (JsonException)
        {
            AddFailure(subgraph, $"Subgraph '{subgraph}' answered with invalid JSON.", FetchFailure.InvalidResponse, fetches);
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
    private void AddFailure(string subgraph, string message, string reason, int fetches)
    {
        for (var i = 0; i < fetches; i++)
        {
            errors.Add(new ExecutionError(message, null, null, FetchFailure.Code, subgraph) { Reason = reason });
        }
    }

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
