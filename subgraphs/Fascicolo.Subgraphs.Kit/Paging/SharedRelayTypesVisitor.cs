using GraphQL.Federation;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// Marks the Relay <c>PageInfo</c> type <c>@shareable</c>: every subgraph that pages declares the
/// same value type, and Federation v2 composition rejects a non-shareable type defined twice.
/// </summary>
internal sealed class SharedRelayTypesVisitor : BaseSchemaNodeVisitor
{
    /// <inheritdoc />
    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (type.Name == "PageInfo")
        {
            type.Shareable();
        }
    }
}
