using Fascicolo.Gateway.Errors;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Documents;

/// <summary>
/// What graphql-js 16 checks of one-of input objects (<c>@oneOf</c>) in a document, where GraphQL.NET 8.8.5
/// misses it: a one-of literal in a non-null position with other than one field or with a null one
/// (GraphQL.NET checks the field count only where the position is nullable), and a variable of nullable
/// type given as a one-of literal's field, reported as graphql-js's VariablesInAllowedPosition does: only
/// when the literal's position is nullable (graphql-js looks for the one-of type without unwrapping it),
/// whatever the variable's default.
/// </summary>
/// <remarks>
/// DIVERGENCE: a variable used in a fragment is checked for the operations only where graphql-js checks it
/// through every operation that spreads the fragment; such a document reaches the subgraph, which refuses it.
/// </remarks>
internal sealed class OneOfInputsRule : IValidationRule
{
    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(new Visitor());

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;

    private sealed class Visitor : INodeVisitor
    {
        private readonly List<OneOfVariableError> _variableErrors = [];
        private GraphQLOperationDefinition? _operation;

        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            switch (node)
            {
                case GraphQLOperationDefinition operation:
                    _operation = operation;
                    break;
                case GraphQLFragmentDefinition:
                    _operation = null;
                    break;
                case GraphQLObjectValue value when context.TypeInfo.GetInputType() is { } type && InputTypes.Named(type) is IInputObjectGraphType { IsOneOf: true } oneOf:
                    CheckLiteral(value, context);
                    if (type is IInputObjectGraphType && _operation is not null)
                    {
                        CheckVariables(value, oneOf, _operation, context);
                    }

                    break;
            }

            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context)
        {
            // graphql-js reports variable positions when it leaves the operation, after the values' own errors.
            if (node is GraphQLOperationDefinition)
            {
                _variableErrors.ForEach(context.ReportError);
                _variableErrors.Clear();
                _operation = null;
            }

            return default;
        }

        private static void CheckLiteral(GraphQLObjectValue value, ValidationContext context)
        {
            var given = value.Fields ?? [];
            var names = given.Select(f => f.Name.StringValue).Distinct(StringComparer.Ordinal).Count();

            // A repeated name is one key whose last value counts, as graphql-js's keyMap keeps it.
            if (names != 1 || given[^1].Value is GraphQLNullValue)
            {
                context.ReportError(new OneOfLiteralError(context, value));
            }
        }

        private void CheckVariables(GraphQLObjectValue value, IInputObjectGraphType type, GraphQLOperationDefinition operation, ValidationContext context)
        {
            foreach (var field in value.Fields ?? [])
            {
                if (field.Value is not GraphQLVariable variable || type.GetField(field.Name.Value) is null)
                {
                    continue;
                }

                var definition = operation.Variables?.Items.FirstOrDefault(d => d.Variable.Name.Value == variable.Name.Value);
                if (definition is { Type: not GraphQLNonNullType } && InputTypes.FromSyntax(definition.Type, context.Schema) is not null)
                {
                    _variableErrors.Add(new OneOfVariableError(context, definition, variable, type.Name));
                }
            }
        }
    }
}
