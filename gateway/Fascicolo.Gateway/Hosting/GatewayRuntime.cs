using Fascicolo.Gateway.Composition;
using Fascicolo.Gateway.Documents;
using Fascicolo.Gateway.Execution;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Identity;
using Fascicolo.Gateway.Introspection;
using Fascicolo.Gateway.Planning;
using GraphQL.Types;

namespace Fascicolo.Gateway.Hosting;

/// <summary>
/// Everything that serves requests for one loaded supergraph: the API schema for validation and
/// introspection, the document and plan caches, the planner and the executor with its subgraph
/// clients. Immutable once built and shared by all requests; replacing the supergraph means building
/// another runtime.
/// </summary>
internal sealed class GatewayRuntime : IDisposable
{
    private readonly SubgraphClients _clients;

    public GatewayRuntime(Supergraph supergraph, ISchema apiSchema, IReadOnlyDictionary<string, Uri> subgraphUrls, GatewaySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Supergraph = supergraph;
        SubgraphUrls = subgraphUrls;
        var serializer = new GraphQL.SystemTextJson.GraphQLSerializer();
        Validation = new DocumentValidation(apiSchema);
        Variables = new VariableCoercion(apiSchema, serializer);
        Introspection = new IntrospectionRunner(apiSchema, serializer);
        Planner = new QueryPlanner(supergraph);
        PersonalData = new PersonalDataRefusals(supergraph);
        Documents = new DocumentCache(settings.PlanCacheSize, settings.Limits.MaxTokens);
        Plans = new QueryPlanCache(settings.PlanCacheSize);
        _clients = new SubgraphClients(subgraphUrls, new SubgraphClientOptions { Timeout = settings.SubgraphTimeout });
        Executor = new PlanExecutor(_clients);
    }

    public Supergraph Supergraph { get; }

    /// <summary>The URL each subgraph is called at (the supergraph's, or the configured override).</summary>
    public IReadOnlyDictionary<string, Uri> SubgraphUrls { get; }

    public DocumentCache Documents { get; }

    public DocumentValidation Validation { get; }

    public VariableCoercion Variables { get; }

    public IntrospectionRunner Introspection { get; }

    public QueryPlanner Planner { get; }

    /// <summary>The supergraph's <c>@personalData</c> fields, refused early to callers who may read none.</summary>
    public PersonalDataRefusals PersonalData { get; }

    public QueryPlanCache Plans { get; }

    public PlanExecutor Executor { get; }

    /// <summary>
    /// The operation's plan for these condition values and these refused fields (none when null), from
    /// the cache or planned now. Build each <see cref="FieldRefusals"/> once and reuse it: its key is
    /// part of the cache key, and an empty set costs nothing.
    /// </summary>
    /// <exception cref="QueryPlanningException">The operation cannot be planned.</exception>
    public QueryPlan Plan(PreparedOperation operation, IReadOnlySet<string> trueConditions, FieldRefusals? refusals = null)
    {
        // TryGet then Set rather than GetOrAdd: no closure is allocated on the hit path.
        refusals ??= FieldRefusals.None;
        var key = operation.PlanKey(trueConditions).WithRefusals(refusals);
        if (Plans.TryGet(key, out var plan))
        {
            return plan;
        }

        plan = Planner.Plan(operation.Document.Syntax!, operation.Name, trueConditions, refusals);
        Plans.Set(key, plan);
        return plan;
    }

    public void Dispose() => _clients.Dispose();
}
