using System.Text;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;

namespace Fascicolo.Gateway.BenchmarkGraph.Http;

/// <summary>
/// A minimal <c>POST /graphql</c> (JSON body in, <c>application/json</c> out, always 200 for a parsed
/// request): enough for gateways, which send well-formed requests. Fixtures, not product: the real
/// GraphQL-over-HTTP endpoint is the subgraph kit's.
/// </summary>
internal static class GraphQLEndpoint
{
    /// <summary>The path of the endpoint.</summary>
    public const string Path = "/graphql";

    /// <summary>Request bodies above this size are refused (gateways send a few kilobytes at most).</summary>
    private const int MaxBodyBytes = 1 << 20;

    /// <summary>Maps <c>POST /graphql</c>.</summary>
    /// <param name="app">The application.</param>
    public static void MapGraphQL(this WebApplication app) => app.MapPost(Path, HandleAsync);

    private static async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        string body;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        var memo = context.RequestServices.GetRequiredService<ResponseMemo>();
        if (!memo.TryGet(body, out var response))
        {
            var executed = await ExecuteAsync(context.RequestServices, body, cancellationToken).ConfigureAwait(false);
            if (executed is null)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
            response = executed;
            memo.Remember(body, response);
        }
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = response.Length;
        await context.Response.Body.WriteAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Executes the request in <paramref name="body"/>; null when the body is not a GraphQL request.</summary>
    private static async Task<byte[]?> ExecuteAsync(IServiceProvider services, string body, CancellationToken cancellationToken)
    {
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        GraphQLRequest? request;
        try
        {
            request = serializer.Deserialize<GraphQLRequest>(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
        if (request?.Query is null)
        {
            return null;
        }
        var result = await services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            CancellationToken = cancellationToken,
        }).ConfigureAwait(false);
        return Encoding.UTF8.GetBytes(serializer.Serialize(result));
    }
}
