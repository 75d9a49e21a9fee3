using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
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
        var result = await Validator.ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = syntax,
            Rules = DocumentValidator.CoreRules,
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            Metrics = Metrics.None,
        }).ConfigureAwait(false);
        return result.IsValid
            ? []
            : [.. result.Errors.Select(e => ValidationErrors.From(e, GatewayErrorCodes.ValidationFailed))];
    }

    private static void CheckExecutableDefinitions(GraphQLDocument syntax, List<GraphQLError> errors)
    {
        foreach (var definition in syntax.Definitions)
        {
            if (definition is not GraphQLExecutableDefinition)
            {
                errors.Add(new GraphQLError(
                    $"The {definition.Kind} is not executable: a request holds only operations and fragments.",
                    GatewayErrorCodes.ValidationFailed,
                    [Locate(syntax, definition)]));
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

    private static ErrorLocation Locate(GraphQLDocument syntax, ASTNode node)
    {
        var location = GraphQLParser.Location.FromLinearPosition(syntax.Source, node.Location.Start);
        return new ErrorLocation(location.Line, location.Column);
    }
}
