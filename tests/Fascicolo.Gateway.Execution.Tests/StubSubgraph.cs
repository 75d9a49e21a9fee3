using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Fascicolo.Gateway.Execution.Tests;

/// <summary>A subgraph stand-in on real Kestrel: answers each request with a function of its body.</summary>
internal sealed class StubSubgraph : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StubSubgraph(WebApplication app) => _app = app;

    public ConcurrentQueue<JsonDocument> Requests { get; } = new();

    public Uri Url { get; private set; } = null!;

    public static async Task<StubSubgraph> StartAsync(Func<JsonElement, string> answer, TimeSpan? delay = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new StubSubgraph(app);
        app.MapPost("/graphql", async (HttpContext context) =>
        {
            var request = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            stub.Requests.Enqueue(request);
            if (delay is { } wait)
            {
                await Task.Delay(wait, context.RequestAborted);
            }

            context.Response.ContentType = "application/graphql-response+json";
            await context.Response.WriteAsync(answer(request.RootElement), context.RequestAborted);
        });
        await app.StartAsync();
        stub.Url = new Uri(app.Urls.First() + "/graphql");
        return stub;
    }

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
