using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Fascicolo.Testing;

/// <summary>A subgraph stand-in on real Kestrel: answers each POST with a function of its body and records what it received.</summary>
public sealed class StubSubgraph : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StubSubgraph(WebApplication app) => _app = app;

    /// <summary>The bodies received, in order.</summary>
    public ConcurrentQueue<JsonDocument> Requests { get; } = new();

    /// <summary>Completes when a request is cancelled by the caller (the gateway dropped the connection).</summary>
    public TaskCompletionSource RequestAborted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first request arrives.</summary>
    public TaskCompletionSource RequestReceived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri Url { get; private set; } = null!;

    /// <param name="answer">The response body for a request body; null makes the stub wait until the caller gives up.</param>
    /// <param name="delay">How long to wait before answering (a slow subgraph).</param>
    public static async Task<StubSubgraph> StartAsync(Func<JsonElement, string?> answer, TimeSpan? delay = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new StubSubgraph(app);
        app.MapPost("/graphql", async context =>
        {
            var request = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            stub.Requests.Enqueue(request);
            stub.RequestReceived.TrySetResult();
            if (delay is { } wait)
            {
                await Task.Delay(wait, context.RequestAborted);
            }

            var body = answer(request.RootElement);
            if (body is null)
            {
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    stub.RequestAborted.TrySetResult();
                }

                return;
            }

            context.Response.ContentType = "application/graphql-response+json";
            await context.Response.WriteAsync(body, context.RequestAborted);
        });
        await app.StartAsync();
        stub.Url = new Uri(app.Urls.First() + "/graphql");
        return stub;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var request in Requests)
        {
            request.Dispose();
        }
    }
}
