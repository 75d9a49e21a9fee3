using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Fascicolo.Gateway.Trust;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Fascicolo.Gateway.Tests.Support;

/// <summary>
/// A subgraph stand-in that trusts only the gateway, as the kit's subgraphs do: every request must carry
/// an internal token for this subgraph and this body, checked with <see cref="InternalTokenValidator"/>
/// (401 otherwise). It answers with a function of the body and the caller, and records both.
/// </summary>
internal sealed class TrustingSubgraph : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TrustingSubgraph(WebApplication app, string name)
    {
        _app = app;
        Name = name;
    }

    public string Name { get; }

    public Uri Url { get; private set; } = null!;

    /// <summary>The accepted requests, in order.</summary>
    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>Why refused requests were refused, in order.</summary>
    public ConcurrentQueue<string> Refusals { get; } = new();

    /// <param name="name">The subgraph's name in the supergraph: the audience its tokens must name.</param>
    /// <param name="gatewayKey">The gateway's public key; null accepts requests without a token (as an unsigned foreign graph would), recording no caller.</param>
    /// <param name="answer">The response body for a request body and its caller.</param>
    public static async Task<TrustingSubgraph> StartAsync(string name, ECDsa? gatewayKey, Func<JsonElement, Caller?, string> answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new TrustingSubgraph(app, name);
        var validator = gatewayKey is null ? null : new InternalTokenValidator(gatewayKey, name, new InternalTokenReplayCache());
        app.MapPost("/graphql", async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            var body = buffer.ToArray();
            var authorization = context.Request.Headers.Authorization.ToString();
            Caller? caller = null;
            if (validator is not null)
            {
                var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..] : null;
                var validation = await validator.ValidateAsync(token, body);
                if (validation.Caller is null)
                {
                    stub.Refusals.Enqueue(validation.Failure!);
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    context.Response.ContentType = "application/graphql-response+json";
                    await context.Response.WriteAsync("""{"errors":[{"message":"Unauthenticated.","extensions":{"code":"UNAUTHENTICATED"}}]}""", context.RequestAborted);
                    return;
                }

                caller = validation.Caller;
            }

            using var request = JsonDocument.Parse(body);
            stub.Requests.Enqueue(new ReceivedRequest(request.RootElement.Clone(), caller, authorization));
            context.Response.ContentType = "application/graphql-response+json";
            await context.Response.WriteAsync(answer(request.RootElement, caller), context.RequestAborted);
        });
        await app.StartAsync();
        stub.Url = new Uri(app.Urls.First() + "/graphql");
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request a <see cref="TrustingSubgraph"/> accepted.</summary>
/// <param name="Body">The GraphQL request.</param>
/// <param name="Caller">The caller its internal token named; null when the stub checks no token.</param>
/// <param name="Authorization">The <c>Authorization</c> header as received (empty when none).</param>
internal sealed record ReceivedRequest(JsonElement Body, Caller? Caller, string Authorization)
{
    public string Query => Body.GetProperty("query").GetString()!;
}
