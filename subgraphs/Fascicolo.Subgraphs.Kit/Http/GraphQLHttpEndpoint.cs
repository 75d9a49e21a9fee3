using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// The <c>/graphql</c> endpoint: GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/)
/// on GraphQL.NET's <see cref="IDocumentExecuter{TSchema}"/>, without GraphQL.Server.
/// </summary>
/// <remarks>
/// Status codes: 200 when the operation executed (even with field errors); for a request that was
/// not executed (syntax, validation, variable coercion) 400 under <c>application/graphql-response+json</c>
/// and 200 under <c>application/json</c>; 400/413 for malformed requests, 405 for other methods
/// and mutations over GET, 406 when no acceptable media type, 415 for a non-JSON POST body; 401 without a
/// valid internal token from the gateway (nothing is parsed or executed), 503 when the personal-data reads
/// of the request cannot be written to the access log (no data is returned).
/// </remarks>
public static partial class GraphQLHttpEndpoint
{
    /// <summary>The path of the endpoint.</summary>
    public const string Path = "/graphql";

    /// <summary>Maps the GraphQL endpoint at <see cref="Path"/> for every method (others get 405).</summary>
    /// <param name="endpoints">The application's endpoints.</param>
    /// <returns>The endpoint's convention builder.</returns>
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.Map(Path, HandleAsync).WithDisplayName("GraphQL");

    private static async Task HandleAsync(HttpContext context)
    {
        var serializer = context.RequestServices.GetRequiredService<IGraphQLSerializer>();
        try
        {
            await HandleRequestAsync(context, serializer).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody is left to read a response.
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            // Kestrel refused the body itself (e.g. broken chunked encoding).
            var rejection = new GraphQLHttpRejection(exception.StatusCode, ErrorCodes.BadRequest, "The request body could not be read.");
            await WriteRejectionAsync(context, serializer, GraphQLMediaTypes.Json, rejection).ConfigureAwait(false);
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            // Even a bug of ours answers with a coded error, and its details stay in the log.
            LogEndpointFailure(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLHttpEndpoint).FullName!), exception);
            var failure = new GraphQLHttpRejection(StatusCodes.Status500InternalServerError, ErrorCodes.InternalServerError, SubgraphErrorInfoProvider.InternalErrorMessage);
            await WriteRejectionAsync(context, serializer, GraphQLMediaTypes.Json, failure).ConfigureAwait(false);
        }
    }

    private static async Task HandleRequestAsync(HttpContext context, IGraphQLSerializer serializer)
    {
        var services = context.RequestServices;
        var mediaType = GraphQLMediaTypes.Negotiate(context.Request.Headers.Accept);
        if (mediaType is null)
        {
            var notAcceptable = new GraphQLHttpRejection(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable, $"Accept must allow {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.");
            await WriteRejectionAsync(context, serializer, GraphQLMediaTypes.Json, notAcceptable).ConfigureAwait(false);
            return;
        }
        var reader = services.GetRequiredService<GraphQLHttpRequestReader>();
        var (signed, unreadable) = await reader.ReadSignedAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (unreadable is not null)
        {
            await WriteRejectionAsync(context, serializer, mediaType, unreadable).ConfigureAwait(false);
            return;
        }
        // Who is calling, before the request is even parsed: without a valid internal token nothing runs.
        var caller = await services.GetRequiredService<SubgraphTrust>().AuthenticateAsync(context.Request, signed).ConfigureAwait(false);
        if (caller is null)
        {
            await WriteUnauthenticatedAsync(context, serializer, mediaType).ConfigureAwait(false);
            return;
        }
        var (request, rejection) = reader.Parse(context.Request, signed);
        if (rejection is not null || request is null)
        {
            await WriteRejectionAsync(context, serializer, mediaType, rejection!).ConfigureAwait(false);
            return;
        }
        GraphQLDocument document;
        try
        {
            document = services.GetRequiredService<GraphQL.Execution.IDocumentBuilder>().Build(request.Query);
        }
        catch (ExecutionError syntaxError)
        {
            await WriteResultAsync(context, serializer, mediaType, new ExecutionResult(syntaxError)).ConfigureAwait(false);
            return;
        }
        var operation = FindOperation(document, request.OperationName);
        if (request.IsGet && operation?.Operation is OperationType.Mutation or OperationType.Subscription)
        {
            var overGet = new GraphQLHttpRejection(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "Mutations and subscriptions are not allowed over GET; use POST.", "POST");
            await WriteRejectionAsync(context, serializer, mediaType, overGet).ConfigureAwait(false);
            return;
        }
        var ledger = new PersonalReadLedger();
        var result = await ExecuteAsync(context, request, document, operation, RequestAccess.CreateUserContext(caller, ledger)).ConfigureAwait(false);
        // The reads are in the access log before a byte of their data leaves, or the data does not leave.
        if (!ledger.IsEmpty && !await TryAppendAccessLogAsync(context, caller, ledger).ConfigureAwait(false))
        {
            await WriteAuditUnavailableAsync(context, serializer, mediaType).ConfigureAwait(false);
            return;
        }
        await WriteResultAsync(context, serializer, mediaType, result).ConfigureAwait(false);
    }

    private static async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest request, GraphQLDocument document, GraphQLOperationDefinition? operation, Dictionary<string, object?> userContext)
    {
        var operationName = request.OperationName ?? operation?.Name?.StringValue;
        var operationType = operation?.Operation.ToString().ToLowerInvariant();
        using var measurement = SubgraphTelemetry.StartOperation(operationName, operationType);
        try
        {
            var result = await context.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                Document = document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = context.RequestServices,
                User = context.User,
                UserContext = userContext,
                CancellationToken = context.RequestAborted,
            }).ConfigureAwait(false);
            measurement.Complete(result);
            return result;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            measurement.Cancelled();
            throw;
        }
    }

    private static GraphQLOperationDefinition? FindOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.Find(o => o.Name?.StringValue == operationName);
    }
}
