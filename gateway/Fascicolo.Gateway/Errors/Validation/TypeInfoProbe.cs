using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Errors.Validation;

/// <summary>
/// Walks a failed document once more with GraphQL.NET's validator and no rule but this one, recording a
/// <see cref="NodeContext"/> at every field, argument, fragment, directive, variable and input object literal. GraphQL.NET's error
/// objects keep only their nodes and an English message; the types and definitions graphql-js's wording
/// needs are what GraphQL.NET's <c>TypeInfo</c> knew at those nodes.
/// </summary>
internal sealed class TypeInfoProbe : IValidationRule, INodeVisitor
{
    private static readonly DocumentValidator Validator = new();
    private readonly Dictionary<ASTNode, NodeContext> _found = new(ReferenceEqualityComparer.Instance);

    private TypeInfoProbe()
    {
    }

    /// <summary>The contexts of the document's fields, arguments, fragments, directives, variables and input object literals.</summary>
    public static async Task<IReadOnlyDictionary<ASTNode, NodeContext>> RunAsync(ISchema schema, GraphQLDocument document)
    {
        var probe = new TypeInfoProbe();
        await Validator.ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Rules = [probe],
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            Metrics = Metrics.None,
        }).ConfigureAwait(false);
        return probe._found;
    }

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(this);

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;

    public ValueTask EnterAsync(ASTNode node, ValidationContext context)
    {
        // TypeInfo is the validator's first visitor: it has already entered this node.
        if (node is GraphQLField or GraphQLArgument or GraphQLInlineFragment or GraphQLFragmentSpread or GraphQLDirective or GraphQLVariable or GraphQLObjectValue)
        {
            var info = context.TypeInfo;
            var parent = info.GetParentType()?.GetNamedType();
            _found[node] = new NodeContext(
                parent is IObjectGraphType or IAbstractGraphType ? parent : null,
                info.GetLastType(),
                info.GetInputType(),
                info.GetFieldDef(),
                info.GetDirective());
        }

        return default;
    }

    public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;
}
