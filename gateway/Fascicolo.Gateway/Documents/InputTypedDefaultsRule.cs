using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Documents;

/// <summary>
/// GraphQL.NET's DefaultValuesOfCorrectType, applied only to variables whose declared type is a known input
/// type. GraphQL.NET 8.8.5's rule throws (<c>ArgumentOutOfRangeException</c> from
/// <c>ValidationContext.IsValidLiteralValue</c>) when a variable of an output type has a default value,
/// which would turn a client's mistake into a 500. graphql-js reports no default-value error there either:
/// VariablesAreInputTypes reports the type.
/// </summary>
internal sealed class InputTypedDefaultsRule(IValidationRule inner) : IValidationRule
{
    public async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        await inner.GetPreNodeVisitorAsync(context).ConfigureAwait(false) is { } visitor ? new Visitor(visitor) : null;

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => inner.GetVariableVisitorAsync(context);

    public async ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
        await inner.GetPostNodeVisitorAsync(context).ConfigureAwait(false) is { } visitor ? new Visitor(visitor) : null;

    private static bool HasInputType(GraphQLVariableDefinition definition, ISchema schema) =>
        schema.AllTypes[Named(definition.Type).Name.Value] is ScalarGraphType or IInputObjectGraphType;

    private static GraphQLNamedType Named(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Named(nonNull.Type),
        GraphQLListType list => Named(list.Type),
        _ => (GraphQLNamedType)type,
    };

    private sealed class Visitor(INodeVisitor inner) : INodeVisitor
    {
        public ValueTask EnterAsync(ASTNode node, ValidationContext context) =>
            node is GraphQLVariableDefinition definition && !HasInputType(definition, context.Schema) ? default : inner.EnterAsync(node, context);

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) =>
            node is GraphQLVariableDefinition definition && !HasInputType(definition, context.Schema) ? default : inner.LeaveAsync(node, context);
    }
}
