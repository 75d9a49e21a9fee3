using GraphQL.Types;

namespace Fascicolo.Subgraphs.Audit.Schema;

/// <summary>
/// The root <c>Query</c>: nothing of its own. The access log is reached only as <c>Citizen.accessLog</c>
/// through the registry's citizen, so there is no root field to look up anyone's log by fiscal code.
/// </summary>
internal sealed class QueryGraphType : ObjectGraphType
{
    /// <summary>Names the type; federation adds <c>_service</c> and <c>_entities</c>.</summary>
    public QueryGraphType()
    {
        Name = "Query";
    }
}
