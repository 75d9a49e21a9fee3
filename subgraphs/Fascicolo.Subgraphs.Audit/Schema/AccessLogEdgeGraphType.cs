using GraphQL.Types.Relay;

namespace Fascicolo.Subgraphs.Audit.Schema;

/// <summary><c>AccessLogEdge</c>: one entry of the log and its cursor.</summary>
internal sealed class AccessLogEdgeGraphType : EdgeType<AccessLogEntryGraphType>
{
    /// <summary>Names the type.</summary>
    public AccessLogEdgeGraphType()
    {
        Name = "AccessLogEdge";
    }
}
