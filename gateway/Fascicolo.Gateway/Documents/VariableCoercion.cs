using System.Text.Json;
using Fascicolo.Gateway.Errors.Variables;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;

namespace Fascicolo.Gateway.Documents;

/// <summary>
/// Coerces a request's variables to the operation's declared types (the GraphQL spec's
/// CoerceVariableValues, defaults applied): plain values straight from the JSON
/// (<see cref="PlainVariableValues"/>), the rest with GraphQL.NET's validator run without rules. Only
/// operations that declare variables pay for it.
/// </summary>
internal sealed class VariableCoercion(ISchema schema, IGraphQLTextSerializer serializer)
{
    private static readonly DocumentValidator Validator = new();

    /// <summary>The coerced values and the inputs they came from, or the <c>BAD_USER_INPUT</c> errors.</summary>
    public async Task<CoercedVariables> CoerceAsync(PreparedOperation operation, JsonElement? variables, CancellationToken cancellationToken)
    {
        if (PlainVariableValues.TryCoerce(schema, operation.Definition, variables) is { } plain)
        {
            // The inputs only serve introspection: read them only for an operation that has some.
            return new CoercedVariables(plain, operation.IntrospectionDocument is null ? Inputs.Empty : ReadInputs(variables), null);
        }

        return await CoerceWithValidatorAsync(operation, variables, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What <see cref="CoerceAsync"/> answers for values it cannot coerce from the JSON alone: GraphQL.NET's validator's coercion.</summary>
    internal async Task<CoercedVariables> CoerceWithValidatorAsync(PreparedOperation operation, JsonElement? variables, CancellationToken cancellationToken)
    {
        var inputs = ReadInputs(variables);
        var result = await Validator.ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = operation.Document.Syntax!,
            Operation = operation.Definition,
            Rules = Array.Empty<IValidationRule>(),
            Variables = inputs,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            Metrics = Metrics.None,
            CancellationToken = cancellationToken,
        }).ConfigureAwait(false);
        if (result.IsValid)
        {
            return new CoercedVariables(result.Variables ?? Variables.None, inputs, null);
        }

        // Only refused variables pay for the translation into graphql-js's wording.
        var errors = VariableErrorTranslator.Translate(schema, operation.Document.Syntax!, operation.Definition, variables, result.Errors);
        return new CoercedVariables(null, inputs, errors);
    }

    private Inputs ReadInputs(JsonElement? variables) =>
        variables is { ValueKind: JsonValueKind.Object } values ? serializer.ReadNode<Inputs>(values) ?? Inputs.Empty : Inputs.Empty;
}

/// <summary>The outcome of <see cref="VariableCoercion.CoerceAsync"/>.</summary>
/// <param name="Values">The coerced values; null when <paramref name="Errors"/> is set.</param>
/// <param name="Inputs">The request's variables as GraphQL.NET inputs, for introspection (empty when the operation has none).</param>
/// <param name="Errors">Why the variables are rejected; null when they are not.</param>
internal sealed record CoercedVariables(Variables? Values, Inputs Inputs, IReadOnlyList<GraphQLError>? Errors)
{
    /// <summary>The condition variables (see <see cref="PreparedOperation.ConditionVariables"/>) whose coerced value is true.</summary>
    public IReadOnlySet<string> TrueConditions(IReadOnlyList<string> conditionVariables)
    {
        HashSet<string>? trueOnes = null;
        foreach (var name in conditionVariables)
        {
            if (Values?.ValueFor(name) is true)
            {
                (trueOnes ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
            }
        }

        return trueOnes ?? (IReadOnlySet<string>)System.Collections.Frozen.FrozenSet<string>.Empty;
    }
}
