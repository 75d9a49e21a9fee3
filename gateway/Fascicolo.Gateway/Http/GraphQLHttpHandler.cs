using Fascicolo.Gateway.Documents;
using Fascicolo.Gateway.Hosting;
using Fascicolo.Gateway.Identity;
using Fascicolo.Gateway.RateLimiting;
using Fascicolo.Gateway.TrustedDocuments;

namespace Fascicolo.Gateway.Http;

/// <summary>
/// The <c>/graphql</c> endpoint: GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/),
/// POST and GET (queries only), GraphiQL for browsers. HTTP-level checks happen here; the operation
/// itself runs in <see cref="OperationPipeline"/>.
/// </summary>
/// <remarks>
/// Status codes: 200 for executed operations (even with field errors); for well-formed requests that
/// were not executed, 400 under <c>application/graphql-response+json</c> and 200 under
/// <c>application/json</c>; 400/413 for malformed requests, 405 for other methods and for mutations
/// over GET (with <c>Allow</c>), 406 without an acceptable media type, 415 for a non-JSON POST body,
/// 503 before a supergraph is loaded.
/// </remarks>
internal sealed class GraphQLHttpHandler(GatewayState state, GatewaySettings settings, GraphiQLAssets graphiql, CallerIdentification identification, SubjectRateLimiter rateLimiter, TrustedDocumentResolver trustedDocuments, OperationPipeline pipeline, ILogger<GraphQLHttpHandler> logger)
{
    /// <summary>The endpoint's path.</summary>
    public const string Path = "/graphql";

    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await HandleCoreAsync(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: the subgraph calls were cancelled with it and nobody reads a response.
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            // Kestrel could not read the body (the client closed mid-request, broken framing): the
            // client's fault, not ours, so a 400 and no error in the log.
            await GraphQLResponses.WriteErrorsAsync(context, ResponseFormat.Json, exception.StatusCode, [new GraphQLError("The request body could not be read.", GatewayErrorCodes.BadRequest)]).ConfigureAwait(false);
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            GatewayLog.Unhandled(logger, exception, context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await GraphQLResponses.WriteErrorsAsync(context, ResponseFormat.Json, StatusCodes.Status500InternalServerError, [new GraphQLError("Internal server error.", GatewayErrorCodes.InternalServerError)]).ConfigureAwait(false);
        }
    }

    private async Task HandleCoreAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            await GraphQLResponses.WriteRejectionAsync(context, ResponseFormat.Json, new HttpRejection(
                StatusCodes.Status405MethodNotAllowed,
                GatewayErrorCodes.MethodNotAllowed,
                $"GraphQL requests use GET or POST, not {request.Method}.",
                "GET, POST")).ConfigureAwait(false);
            return;
        }

        var accept = request.Headers.Accept;
        if (isGet && MediaTypes.PrefersHtml(accept))
        {
            await graphiql.WritePageAsync(context).ConfigureAwait(false);
            return;
        }

        if (MediaTypes.Negotiate(accept) is not { } format)
        {
            await GraphQLResponses.WriteRejectionAsync(context, ResponseFormat.Json, new HttpRejection(
                StatusCodes.Status406NotAcceptable,
                GatewayErrorCodes.NotAcceptable,
                $"Accept must allow {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.")).ConfigureAwait(false);
            return;
        }

        if (state.Runtime is not { } runtime)
        {
            await GraphQLResponses.WriteRejectionAsync(context, format, new HttpRejection(
                StatusCodes.Status503ServiceUnavailable,
                GatewayErrorCodes.ServiceUnavailable,
                "The gateway has not loaded its supergraph yet.")).ConfigureAwait(false);
            return;
        }

        // Who is calling, before the body is read: a refused token costs no parsing.
        if (await identification.IdentifyAsync(context, runtime, format).ConfigureAwait(false) is null)
        {
            return;
        }

        // Counted per caller before the body is read: a flood costs a counter, not parsing.
        if (await rateLimiter.AcquireAsync(context).ConfigureAwait(false) is { } limited)
        {
            await GraphQLResponses.WriteRejectionAsync(context, format, limited).ConfigureAwait(false);
            return;
        }

        using var graphQLRequest = isGet
            ? GetRequestReader.Read(request.Query, runtime.Documents)
            : await PostRequestReader.ReadAsync(request, runtime.Documents, settings.MaxRequestBytes, context.RequestAborted).ConfigureAwait(false);
        if (graphQLRequest.Rejection is { } rejection)
        {
            await GraphQLResponses.WriteRejectionAsync(context, format, rejection).ConfigureAwait(false);
            return;
        }

        // A document id becomes its document here; trusted-only clients are held to their documents.
        if (await trustedDocuments.ResolveAsync(context, runtime.Documents, graphQLRequest).ConfigureAwait(false) is { } untrusted)
        {
            await untrusted.WriteAsync(context, format).ConfigureAwait(false);
            return;
        }

        await pipeline.RunAsync(context, runtime, graphQLRequest, format).ConfigureAwait(false);
    }
}
