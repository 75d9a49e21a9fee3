using System.Collections.Frozen;
using System.Text.Json;
using Fascicolo.Gateway.Introspection;
using Fascicolo.Gateway.Planning;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Documents;

/// <summary>
/// What the gateway derives once from a valid operation: whether it needs variable coercion, the
/// variables its <c>@skip</c>/<c>@include</c> depend on, its root introspection fields, and its plan
/// cache key when the plan depends on no variable.
/// </summary>
internal sealed class PreparedOperation
{
    private static readonly IReadOnlySet<string> NoConditions = FrozenSet<string>.Empty;
    private readonly QueryPlanCacheKey? _unconditionalPlanKey;
    private Task<JsonElement>? _introspection;

    public PreparedOperation(PreparedDocument document, GraphQLOperationDefinition definition)
    {
        Document = document;
        Definition = definition;
        var syntax = document.Syntax ?? throw new ArgumentException("The document does not parse.", nameof(document));
        Name = definition.Name?.StringValue;
        DeclaresVariables = definition.Variables is { Count: > 0 };
        ConditionVariables = DeclaresVariables ? QueryPlanner.ConditionVariables(syntax, Name) : [];
        IntrospectionDocument = IntrospectionDocuments.Extract(syntax, definition);
        _unconditionalPlanKey = ConditionVariables.Count == 0 ? QueryPlanCacheKey.Create(document.Hash, Name, NoConditions) : null;
    }

    /// <summary>The document the operation belongs to.</summary>
    public PreparedDocument Document { get; }

    /// <summary>The operation's syntax.</summary>
    public GraphQLOperationDefinition Definition { get; }

    /// <summary>The operation's name, or null for an anonymous operation.</summary>
    public string? Name { get; }

    /// <summary>Query, mutation or subscription.</summary>
    public OperationType Type => Definition.Operation;

    /// <summary>Whether the operation declares variables: only then are a request's variables coerced.</summary>
    public bool DeclaresVariables { get; }

    /// <summary>The Boolean variables of <c>@skip(if:)</c>/<c>@include(if:)</c>, sorted; the plan depends on their values.</summary>
    public IReadOnlyList<string> ConditionVariables { get; }

    /// <summary>
    /// The operation reduced to its root <c>__schema</c>/<c>__type</c> fields, for GraphQL.NET to answer;
    /// null when it has none.
    /// </summary>
    public GraphQLDocument? IntrospectionDocument { get; }

    /// <summary>The key of this operation's plan for the given true condition variables.</summary>
    public QueryPlanCacheKey PlanKey(IReadOnlySet<string> trueConditionVariables) =>
        _unconditionalPlanKey ?? QueryPlanCacheKey.Create(Document.Hash, Name, trueConditionVariables);

    /// <summary>
    /// The introspection result of an operation without variables, computed on first call and kept
    /// (cloned, so it needs no disposal): the API schema does not change while this operation is cached.
    /// </summary>
    public Task<JsonElement> GetStaticIntrospectionAsync(IntrospectionRunner runner)
    {
        var task = Volatile.Read(ref _introspection);
        if (task is not null)
        {
            return task;
        }

        // Two first requests may both compute it: equal results, the first stored wins.
        task = ComputeAsync(runner);
        return Interlocked.CompareExchange(ref _introspection, task, null) ?? task;
    }

    private async Task<JsonElement> ComputeAsync(IntrospectionRunner runner)
    {
        using var result = await runner.RunAsync(this, null, CancellationToken.None).ConfigureAwait(false);
        return result.RootElement.Clone();
    }
}
