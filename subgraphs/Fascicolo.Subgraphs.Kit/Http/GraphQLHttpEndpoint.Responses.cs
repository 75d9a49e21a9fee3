using GraphQL;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Fascicolo.Subgraphs.Kit;

// GraphQLHttpEndpoint: status codes and bodies of the /graphql responses.
public static partial class GraphQLHttpEndpoint
{
    private static Task WriteResultAsync(HttpContext context, IGraphQLSerializer serializer, string mediaType, ExecutionResult result)
    {
        var status = result.Executed ? StatusCodes.Status200OK
            : result.Errors?.Any(e => e is UnhandledError) == true ? StatusCodes.Status500InternalServerError
            : mediaType == GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        return WriteAsync(context, serializer, mediaType, status, result);
    }

    private static Task WriteRejectionAsync(HttpContext context, IGraphQLSerializer serializer, string mediaType, GraphQLHttpRejection rejection)
    {
        if (rejection.Allow is not null)
        {
            context.Response.Headers.Allow = rejection.Allow;
        }
        return WriteAsync(context, serializer, mediaType, rejection.StatusCode, new ExecutionResult(new CodedError(rejection.Code, rejection.Message)));
    }

    private static async Task WriteAsync(HttpContext context, IGraphQLSerializer serializer, string mediaType, int status, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The GraphQL endpoint failed unexpectedly")]
    private static partial void LogEndpointFailure(ILogger logger, Exception exception);
}
