using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Fascicolo.Gateway.Benchmarks.Lab;

/// <summary>A GraphQL response as received: its HTTP status and its parsed body (null when not JSON).</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Body">The body, parsed; null when it was empty or not JSON.</param>
/// <param name="Text">The body as text.</param>
public sealed record GraphQLResponse(int Status, JsonObject? Body, string Text)
{
    /// <summary>Whether the body carries an <c>errors</c> entry.</summary>
    public bool HasErrors => Body?["errors"] is JsonArray { Count: > 0 };
}

/// <summary>Posts GraphQL requests (<c>application/json</c>) to an endpoint.</summary>
public static class GraphQLClient
{
    /// <summary>Shared, since the lab talks to loopback servers only; no proxy, short timeout.</summary>
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Posts <paramref name="requestBody"/> (a JSON GraphQL request) to <paramref name="endpoint"/>.</summary>
    /// <param name="endpoint">The GraphQL endpoint.</param>
    /// <param name="requestBody">The request, e.g. <c>{"query":"{ me { id } }"}</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response.</returns>
    public static Task<GraphQLResponse> PostAsync(Uri endpoint, string requestBody, CancellationToken cancellationToken) =>
        PostAsync(endpoint, requestBody, new Dictionary<string, string>(), cancellationToken);

    /// <summary>Posts <paramref name="requestBody"/> (a JSON GraphQL request) to <paramref name="endpoint"/> with <paramref name="headers"/>.</summary>
    /// <param name="endpoint">The GraphQL endpoint.</param>
    /// <param name="requestBody">The request, e.g. <c>{"query":"{ me { id } }"}</c>.</param>
    /// <param name="headers">Further request headers, e.g. <c>Authorization</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response.</returns>
    public static async Task<GraphQLResponse> PostAsync(Uri endpoint, string requestBody, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(headers);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(requestBody, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        using var response = await Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonObject? body;
        try
        {
            body = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }
        return new GraphQLResponse((int)response.StatusCode, body, text);
    }

    /// <summary>A JSON GraphQL request body.</summary>
    /// <param name="query">The document.</param>
    /// <param name="variables">The variables as a JSON object, if any.</param>
    /// <param name="operationName">The operation to run, if the document has several.</param>
    /// <returns>The body.</returns>
    public static string Body(string query, JsonObject? variables = null, string? operationName = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null)
        {
            body["variables"] = variables.DeepClone();
        }
        if (operationName is not null)
        {
            body["operationName"] = operationName;
        }
        return body.ToJsonString();
    }

    /// <summary>Polls <paramref name="endpoint"/> with <c>{ __typename }</c> until it answers with data.</summary>
    /// <param name="endpoint">The GraphQL endpoint.</param>
    /// <param name="process">The server's process: the wait fails as soon as it exits.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task completing when the endpoint answers.</returns>
    public static async Task WaitUntilReadyAsync(Uri endpoint, ChildProcess process, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(process);
        var deadline = DateTime.UtcNow + timeout;
        var probe = Body("{ __typename }");
        string last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{process.Name} exited while starting:\n{process.Tail()}");
            }
            try
            {
                var response = await PostAsync(endpoint, probe, cancellationToken).ConfigureAwait(false);
                if (response.Status == 200 && response.Body?["data"] is JsonObject)
                {
                    return;
                }
                last = $"HTTP {response.Status}: {response.Text[..Math.Min(200, response.Text.Length)]}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
        }
        throw new InvalidOperationException($"{process.Name} at {endpoint} was not ready within {timeout.TotalSeconds} s ({last}):\n{process.Tail()}");
    }
}
