using Fascicolo.Gateway.Errors;
using Fascicolo.Gateway.Errors.Validation;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Documents;

/// <summary>
/// Validates a whole document against the API schema with every rule of GraphQL.NET's
/// <see cref="DocumentValidator"/> (the GraphQL spec's), once per distinct document. Variable values
/// are not involved: <see cref="VariableCoercion"/> handles them per request.
/// </summary>
internal sealed class DocumentValidation(ISchema schema)
{
    private static readonly DocumentValidator Validator = new();

    // The spec's rules, GraphQL.NET's DefaultValuesOfCorrectType guarded against its crash on output types,
    // and the one-of input checks GraphQL.NET misses.
    private static readonly IValidationRule[] Rules =
        [.. DocumentValidator.CoreRules.Select(r => r is DefaultValuesOfCorrectType ? new InputTypedDefaultsRule(r) : r), new OneOfInputsRule()];

    public async Task<IReadOnlyList<GraphQLError>> ValidateAsync(PreparedDocument document)
    {
        var syntax = document.Syntax ?? throw new ArgumentException("The document does not parse.", nameof(document));
        var errors = new List<GraphQLError>();

        // GraphQL.NET has no rule for these two; the spec's ExecutableDefinitions and root operation checks.
        CheckExecutableDefinitions(syntax, errors);
        CheckRootTypes(syntax, errors);
        if (errors.Count > 0)
        {
            return errors;
        }

        // No operation selected: the rules check every operation, and variables stay out of it.
        // DIVERGENCE: GraphQL.NET's VariablesInAllowedPosition misses uses graphql-js refuses: variables inside
        // list literals ([$f] where [Float!] is expected and $f is a Float) and uses that follow a use of an
        // undefined variable in the same operation. Such documents reach the subgraphs, which refuse them.
        var result = await Validator.ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = syntax,
            Rules = Rules,
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            Metrics = Metrics.None,
        }).ConfigureAwait(false);

        // Only failed documents pay for the translation into graphql-js's wording; the result is cached with the document.
        return result.IsValid
            ? []
            : await ValidationErrorTranslator.TranslateAsync(schema, syntax, [.. result.Errors]).ConfigureAwait(false);
    }

    private static void CheckExecutableDefinitions(GraphQLDocument syntax, List<GraphQLError> errors)
    {
        foreach (var definition in syntax.Definitions)
        {
            if (definition is not GraphQLExecutableDefinition)
            {
                // graphql-js's ExecutableDefinitions wording.
                errors.Add(new GraphQLError($"The {DefinitionName(definition)} definition is not executable.", GatewayErrorCodes.ValidationFailed, [Locate(syntax, definition)]));
            }
        }
    }

    private void CheckRootTypes(GraphQLDocument syntax, List<GraphQLError> errors)
    {
        foreach (var operation in syntax.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var missing = operation.Operation switch
            {
                OperationType.Mutation when schema.Mutation is null => "mutations",
                OperationType.Subscription when schema.Subscription is null => "subscriptions",
                _ => null,
            };
            if (missing is not null)
            {
                errors.Add(new GraphQLError($"The schema is not configured for {missing}.", GatewayErrorCodes.ValidationFailed, [Locate(syntax, operation)]));
            }
        }
    }

    private static ErrorLocation Locate(GraphQLDocument syntax, ASTNode node) => SourcePositions.Locate(syntax.Source, node.Location.Start);

    // Type, directive and extension definitions by name; schema definitions and extensions as "schema".
    private static string DefinitionName(ASTNode definition) => definition switch
    {
        GraphQLSchemaDefinition or GraphQLSchemaExtension => "schema",
        GraphQLTypeDefinition { Name: { } name } => $"\"{name.StringValue}\"",
        _ => "schema",
    };
}
