using System.Security.Cryptography;
using System.Text;

namespace Fascicolo.Gateway.Planning;

/// <summary>
/// What a cached plan depends on: the document, the operation, the condition variables that are true,
/// and the fields refused to the request (<see cref="RefusalsKey"/>).
/// </summary>
/// <param name="DocumentHash">A hash of the document text (see <see cref="HashDocument"/>), or a trusted document id.</param>
/// <param name="OperationName">The operation name, or null.</param>
/// <param name="TrueConditions">The true condition variables, sorted and joined (see <see cref="Create"/>).</param>
public sealed record QueryPlanCacheKey(string DocumentHash, string? OperationName, string TrueConditions)
{
    /// <summary>The <see cref="FieldRefusals.Key"/> the plan was made with; empty without refusals.</summary>
    public string RefusalsKey { get; init; } = string.Empty;

    /// <summary>
    /// This key for a plan made with <paramref name="refusals"/> (the same
    /// set passed to <see cref="QueryPlanner.Plan(GraphQLParser.AST.GraphQLDocument, string?, IReadOnlySet{string}, FieldRefusals)"/>).
    /// Returns this very key, allocating nothing, when <paramref name="refusals"/> is empty.
    /// </summary>
    public QueryPlanCacheKey WithRefusals(FieldRefusals refusals)
    {
        ArgumentNullException.ThrowIfNull(refusals);
        return refusals.Key == RefusalsKey ? this : this with { RefusalsKey = refusals.Key };
    }

    /// <summary>Builds a key.</summary>
    /// <param name="documentHash">A hash of the document text, or a trusted document id.</param>
    /// <param name="operationName">The operation name, or null.</param>
    /// <param name="trueConditionVariables">
    /// Those of the document's condition variables (<see cref="QueryPlanner.ConditionVariables"/>) that are
    /// true: the same set passed to <see cref="QueryPlanner.Plan(GraphQLParser.AST.GraphQLDocument, string?, IReadOnlySet{string}, FieldRefusals)"/>, so equal keys mean equal plans.
    /// </param>
    public static QueryPlanCacheKey Create(string documentHash, string? operationName, IReadOnlySet<string> trueConditionVariables)
    {
        ArgumentNullException.ThrowIfNull(documentHash);
        ArgumentNullException.ThrowIfNull(trueConditionVariables);
        return new QueryPlanCacheKey(documentHash, operationName, string.Join(",", trueConditionVariables.Order(StringComparer.Ordinal)));
    }

    /// <summary>The SHA-256 of a document's text, in lower-case hex.</summary>
    public static string HashDocument(string documentText)
    {
        ArgumentNullException.ThrowIfNull(documentText);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(documentText)));
    }
}
