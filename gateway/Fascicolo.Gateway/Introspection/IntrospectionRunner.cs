using System.Text.Json;
using Fascicolo.Gateway.Documents;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;

namespace Fascicolo.Gateway.Introspection;

/// <summary>
/// Answers an operation's root introspection fields with GraphQL.NET's executer over the API schema,
/// as JSON keyed by response key: what <c>ExecutionRequest.Introspection</c> carries to the executor.
/// </summary>
internal sealed class IntrospectionRunner(ISchema schema, IGraphQLTextSerializer serializer)
{
    private static readonly DocumentExecuter Executer = new();

    /// <summary>Runs the operation's <see cref="PreparedOperation.IntrospectionDocument"/>; the result's root is the <c>data</c> object.</summary>
    /// <param name="operation">A validated operation with root introspection fields.</param>
    /// <param name="variables">The coerced variables' inputs, when the operation declares any.</param>
    /// <param name="cancellationToken">Cancels the execution.</param>
    public async Task<JsonDocument> RunAsync(PreparedOperation operation, Inputs? variables, CancellationToken cancellationToken)
    {
        var document = operation.IntrospectionDocument
            ?? throw new InvalidOperationException("The operation has no root introspection field.");
        var result = await Executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Document = document,
            OperationName = operation.Name,
            Variables = variables ?? Inputs.Empty,
            // The whole document was validated already; the reduced one needs only variable coercion.
            ValidationRules = Array.Empty<IValidationRule>(),
            CancellationToken = cancellationToken,
            ThrowOnUnhandledException = true,
        }).ConfigureAwait(false);
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException("Introspection failed: " + string.Join("; ", errors.Select(e => e.Message)));
        }

        // GraphQL.NET writes {"data":…}; the executor wants the data object itself.
        using var full = JsonDocument.Parse(serializer.Serialize(result));
        return JsonDocument.Parse(full.RootElement.GetProperty("data").GetRawText());
    }
}
