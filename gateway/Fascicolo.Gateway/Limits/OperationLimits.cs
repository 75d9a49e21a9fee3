using System.Globalization;
using System.Runtime.CompilerServices;
using Fascicolo.Gateway.Composition;
using Fascicolo.Gateway.Documents;

namespace Fascicolo.Gateway.Limits;

/// <summary>
/// Checks a validated operation against <see cref="LimitSettings"/> before it is planned, so an
/// operation over a limit never reaches a subgraph. What does not depend on variables is measured once
/// per cached operation; the cost is recomputed per request only when a slicing argument is a variable.
/// </summary>
internal sealed class OperationLimits(LimitSettings settings)
{
    // Keyed by the cached operation itself: the measurement lives and dies with it in the document cache.
    private readonly ConditionalWeakTable<PreparedOperation, Measurement> _measurements = [];

    /// <summary>The errors of every limit the operation exceeds; empty when it is within all of them.</summary>
    public IReadOnlyList<GraphQLError> Check(Supergraph supergraph, PreparedOperation operation, GraphQL.Validation.Variables? variables)
    {
        ArgumentNullException.ThrowIfNull(supergraph);
        ArgumentNullException.ThrowIfNull(operation);
        if (!_measurements.TryGetValue(operation, out var measurement))
        {
            measurement = Measure(supergraph, operation, variables);
            _measurements.AddOrUpdate(operation, measurement);
        }

        if (measurement.WithinLimits)
        {
            return [];
        }

        var cost = measurement.Cost ?? OperationCost.Estimate(supergraph, settings, operation.Document.Syntax!, operation.Definition, variables).Cost;
        return Errors(measurement.Shape, cost);
    }

    /// <summary>The token limit's error for a document of <paramref name="tokens"/> tokens; null when within it (or when it is off).</summary>
    public static GraphQLError? CheckTokens(int? tokens, int maxTokens) =>
        maxTokens > 0 && tokens > maxTokens
            ? new GraphQLError(Format($"The document has {tokens} tokens; the limit is {maxTokens} (Gateway:Limits:MaxTokens)."), LimitErrorCodes.TokenLimitExceeded)
            : null;

    private Measurement Measure(Supergraph supergraph, PreparedOperation operation, GraphQL.Validation.Variables? variables)
    {
        var shape = OperationShape.Measure(operation.Document.Syntax!, operation.Definition);
        var (cost, dependsOnVariables) = OperationCost.Estimate(supergraph, settings, operation.Document.Syntax!, operation.Definition, variables);
        var shapeWithin = Errors(shape, 0).Count == 0;

        // A cost that depends on variables is judged again for each request.
        return dependsOnVariables
            ? new Measurement(shape, null, WithinLimits: false)
            : new Measurement(shape, cost, WithinLimits: shapeWithin && !Exceeds(cost, settings.MaxCost));
    }

    private List<GraphQLError> Errors(OperationShape shape, long cost)
    {
        var errors = new List<GraphQLError>();
        if (Exceeds(shape.Depth, settings.MaxDepth))
        {
            errors.Add(new GraphQLError(
                Format($"The operation nests fields {Count(shape.Depth)} levels deep; the limit is {settings.MaxDepth} (Gateway:Limits:MaxDepth)."),
                LimitErrorCodes.DepthLimitExceeded));
        }

        if (Exceeds(shape.Aliases, settings.MaxAliases))
        {
            errors.Add(new GraphQLError(
                Format($"The operation has {Count(shape.Aliases)} aliased fields, each fragment counted as often as it is spread; the limit is {settings.MaxAliases} (Gateway:Limits:MaxAliases)."),
                LimitErrorCodes.AliasLimitExceeded));
        }

        if (Exceeds(shape.RootFields, settings.MaxRootFields))
        {
            errors.Add(new GraphQLError(
                Format($"The operation selects {Count(shape.RootFields)} root fields; the limit is {settings.MaxRootFields} (Gateway:Limits:MaxRootFields)."),
                LimitErrorCodes.RootFieldLimitExceeded));
        }

        if (Exceeds(cost, settings.MaxCost))
        {
            errors.Add(new GraphQLError(
                Format($"The operation's estimated cost is {Count(cost)}; the limit is {settings.MaxCost} (Gateway:Limits:MaxCost)."),
                LimitErrorCodes.CostLimitExceeded));
        }

        return errors;
    }

    private static bool Exceeds(long value, int limit) => limit > 0 && value > limit;

    // Saturated figures (fragment bombs, walks cut short to protect the stack) are not exact numbers.
    private static string Count(long value) => value >= int.MaxValue ? "more than " + int.MaxValue.ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);

    /// <param name="Shape">Depth, aliases and root fields.</param>
    /// <param name="Cost">The cost when it does not depend on variables; null otherwise.</param>
    /// <param name="WithinLimits">True when every limit holds whatever the variables (the fast path).</param>
    private sealed record Measurement(OperationShape Shape, long? Cost, bool WithinLimits);
}
