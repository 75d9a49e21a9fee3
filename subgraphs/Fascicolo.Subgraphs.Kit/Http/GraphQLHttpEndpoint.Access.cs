using Fascicolo.Audit.Store;
using Fascicolo.Gateway.Trust;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fascicolo.Subgraphs.Kit;

// GraphQLHttpEndpoint: the caller's token (401) and the access log of personal reads (503).
public static partial class GraphQLHttpEndpoint
{
    private static Task WriteUnauthenticatedAsync(HttpContext context, IGraphQLSerializer serializer, string mediaType)
    {
        // RFC 6750: the client learns the token was not accepted; why is only in the log.
        context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        var refusal = new GraphQLHttpRejection(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "A valid internal token from the gateway is required.");
        return WriteRejectionAsync(context, serializer, mediaType, refusal);
    }

    private static Task WriteAuditUnavailableAsync(HttpContext context, IGraphQLSerializer serializer, string mediaType)
    {
        var unavailable = new GraphQLHttpRejection(StatusCodes.Status503ServiceUnavailable, ErrorCodes.AuditUnavailable, "The access log is unavailable, so personal data cannot be returned now; retry later.");
        return WriteRejectionAsync(context, serializer, mediaType, unavailable);
    }

    /// <summary>Appends the request's reads in one call (one transaction); false when that failed (logged).</summary>
    private static async Task<bool> TryAppendAccessLogAsync(HttpContext context, Caller caller, PersonalReadLedger ledger)
    {
        var services = context.RequestServices;
        var records = ledger.ToRecords(caller, services.GetRequiredService<SubgraphModule>().Name, TimeProvider.System.GetUtcNow());
        try
        {
            await services.GetRequiredService<IAccessLogWriter>().AppendAsync(records, context.RequestAborted).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            LogAccessLogFailure(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLHttpEndpoint).FullName!), exception, records.Count, caller.RequestId);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not append {Count} access-log records of request {RequestId}: the response carries no data")]
    private static partial void LogAccessLogFailure(ILogger logger, Exception exception, int count, string requestId);
}
