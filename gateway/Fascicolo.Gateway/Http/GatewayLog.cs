
namespace Fascicolo.Gateway.Http;

/// <summary>The gateway's request-time log messages: failures only, so a healthy request logs nothing.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot plan operation {OperationName}: {Reason}")]
    public static partial void PlanningFailed(ILogger logger, string operationName, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception serving {Method} {Path}")]
    public static partial void Unhandled(ILogger logger, Exception exception, string method, string path);
}
