using System.Text.Json;
using Fascicolo.Gateway.Documents;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Errors.Variables;

/// <summary>
/// Renders GraphQL.NET's variable coercion errors as graphql-js does (<c>BAD_USER_INPUT</c>, located at the
/// variable definition). GraphQL.NET's <see cref="InvalidVariableError"/> says which variable failed, not
/// why in graphql-js's terms: each failed variable is checked again with <see cref="VariableValueChecker"/>,
/// which reports every problem graphql-js would. Runs only when GraphQL.NET has refused the variables.
/// </summary>
internal static class VariableErrorTranslator
{
    // graphql-js's execute stops collecting variable errors at 50.
    private const int MaxErrors = 50;

    public static IReadOnlyList<GraphQLError> Translate(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, JsonElement? variables, IEnumerable<ExecutionError> errors)
    {
        var byDefinition = errors.ToLookup(e => (e as ValidationError)?.Nodes?.OfType<GraphQLVariableDefinition>().FirstOrDefault());
        var translated = new List<GraphQLError>();
        foreach (var definition in operation.Variables?.Items ?? [])
        {
            var location = SourcePositions.Locate(document.Source, definition.Location.Start);
            var problems = Check(definition, schema, variables);

            // DIVERGENCE: where graphql-js accepts a value GraphQL.NET refuses (an Int given as 3.0), GraphQL.NET's reason stays.
            translated.AddRange(problems.Count > 0
                ? problems.Select(p => new GraphQLError(p, GatewayErrorCodes.BadUserInput, [location]))
                : byDefinition[definition].Select(e => ValidationErrors.From(e, GatewayErrorCodes.BadUserInput)));
        }

        translated.AddRange(byDefinition[null].Select(e => ValidationErrors.From(e, GatewayErrorCodes.BadUserInput)));
        return translated.Count > MaxErrors
            ? [.. translated.Take(MaxErrors), new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted.", GatewayErrorCodes.BadUserInput)]
            : translated;
    }

    private static List<string> Check(GraphQLVariableDefinition definition, ISchema schema, JsonElement? variables)
    {
        try
        {
            return VariableValueChecker.Check(definition, schema, variables);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The wording is a courtesy: GraphQL.NET's reason for this variable rather than a 500.
            return [];
        }
    }
}
