using Fascicolo.Gateway.Composition;
using Fascicolo.Gateway.Planning.Fetches;
using Fascicolo.Gateway.Planning.Graph;
using Fascicolo.Gateway.Planning.Operations;
using Fascicolo.Gateway.Planning.Refusals;
using Fascicolo.Gateway.Planning.Shapes;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Planning;

/// <summary>
/// Plans client operations against a supergraph. Construction precomputes the query graph (which
/// subgraph resolves which field, and by which keys entities are entered); <see cref="Plan(GraphQLDocument, string?, IReadOnlySet{string}, FieldRefusals)"/> is then
/// thread-safe and allocates only per operation. Cache plans with <see cref="QueryPlanCache"/>.
/// </summary>
public sealed class QueryPlanner
{
    private readonly QueryGraph _graph;

    /// <summary>Creates a planner for a supergraph.</summary>
    public QueryPlanner(Supergraph supergraph)
    {
        ArgumentNullException.ThrowIfNull(supergraph);
        _graph = new QueryGraph(supergraph);
    }

    /// <summary>Plans an operation.</summary>
    /// <param name="document">The parsed client document, already validated against the API schema.</param>
    /// <param name="operationName">The operation to plan; may be null when the document has one operation.</param>
    /// <param name="trueConditionVariables">
    /// The Boolean variables used by <c>@skip</c>/<c>@include</c> (see <see cref="ConditionVariables"/>)
    /// whose value is true, defaults applied. Others count as false.
    /// </param>
    /// <exception cref="QueryPlanningException">The operation cannot be planned; the message says why.</exception>
    public QueryPlan Plan(GraphQLDocument document, string? operationName, IReadOnlySet<string> trueConditionVariables) =>
        Plan(document, operationName, trueConditionVariables, FieldRefusals.None);

    /// <summary>
    /// Plans an operation for a request that may not see some fields. Refused fields are selected by
    /// no fetch (a fetch serving only refused fields disappears); keys and <c>@requires</c> inputs the
    /// plan needs are still fetched, whatever the refusals, since the client never sees them. The
    /// shape marks each refused field (<see cref="ShapeField.Refusal"/>), for the executor to write
    /// null and the refusal's error there. Cache the plan under
    /// <see cref="QueryPlanCacheKey.WithRefusals"/>.
    /// </summary>
    /// <param name="document">The parsed client document, already validated against the API schema.</param>
    /// <param name="operationName">The operation to plan; may be null when the document has one operation.</param>
    /// <param name="trueConditionVariables">The condition variables that are true (see the overload without refusals).</param>
    /// <param name="refusals">The fields refused to this request; <see cref="FieldRefusals.None"/> for none.</param>
    /// <exception cref="QueryPlanningException">The operation cannot be planned; the message says why.</exception>
    public QueryPlan Plan(GraphQLDocument document, string? operationName, IReadOnlySet<string> trueConditionVariables, FieldRefusals refusals)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(trueConditionVariables);
        ArgumentNullException.ThrowIfNull(refusals);
        var (operation, fragments) = OperationSelector.Select(document, operationName);
        var (kind, rootType) = RootOf(operation);
        var root = new SelectionNormalizer(_graph.Types, fragments, trueConditionVariables).Normalize(operation.SelectionSet, rootType);
        var lookup = refusals.IsEmpty ? null : new RefusalLookup(_graph.Types, refusals);
        var shape = new ShapeBuilder(_graph.Types, lookup).Build(rootType, root);
        if (shape.HasRefusedFields)
        {
            // The shape writes what the client asked for; the fetches serve only what it may see.
            root = new SelectionNormalizer(_graph.Types, fragments, trueConditionVariables, lookup).Normalize(operation.SelectionSet, rootType);
        }

        var planner = new FetchPlanner(_graph);
        if (kind == OperationKind.Mutation)
        {
            planner.PlanMutation(rootType, root);
        }
        else
        {
            planner.PlanQuery(rootType, root);
        }

        var steps = PlanTreeBuilder.Build(planner.Groups, planner.RootGroups, kind == OperationKind.Mutation);
        var node = steps is null ? null : new PlanMaterializer(new OperationInfo(operation)).Materialize(steps);
        return new QueryPlan(node, shape, kind);
    }

    /// <summary>
    /// The variables the operation (and the fragments it uses) passes to <c>@skip(if:)</c> or
    /// <c>@include(if:)</c>, sorted: the caller keys cached plans by their values.
    /// </summary>
    /// <exception cref="QueryPlanningException">The operation is not in the document.</exception>
    public static IReadOnlyList<string> ConditionVariables(GraphQLDocument document, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (operation, fragments) = OperationSelector.Select(document, operationName);
        return ConditionVariableCollector.Collect(operation, fragments);
    }

    private (OperationKind Kind, string RootType) RootOf(GraphQLOperationDefinition operation)
    {
        var supergraph = _graph.Supergraph;
        return operation.Operation switch
        {
            OperationType.Query => (OperationKind.Query, supergraph.QueryType),
            OperationType.Mutation => (OperationKind.Mutation, supergraph.MutationType
                ?? throw new QueryPlanningException("The supergraph has no mutation type.")),
            _ => throw new QueryPlanningException("Subscriptions are not supported by the planner."),
        };
    }
}
