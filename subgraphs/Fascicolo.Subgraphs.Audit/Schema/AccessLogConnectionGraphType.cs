using GraphQL.Types.Relay;

namespace Fascicolo.Subgraphs.Audit.Schema;

/// <summary>
/// <c>AccessLogConnection</c>: a Relay connection of <see cref="AccessLogEntryGraphType"/> (GraphQL.NET
/// would name it after the node, <c>AccessLogEntryConnection</c>; the log reads better).
/// </summary>
internal sealed class AccessLogConnectionGraphType : ConnectionType<AccessLogEntryGraphType, AccessLogEdgeGraphType>
{
    /// <summary>Names the type.</summary>
    public AccessLogConnectionGraphType()
    {
        Name = "AccessLogConnection";
        Description = "A page of a citizen's access log, newest first.";
    }
}
