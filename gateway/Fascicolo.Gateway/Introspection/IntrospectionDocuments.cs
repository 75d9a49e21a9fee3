using GraphQLParser.AST;

namespace Fascicolo.Gateway.Introspection;

/// <summary>
/// Cuts an operation down to its root introspection fields (<c>__schema</c>, <c>__type</c>) for
/// GraphQL.NET to execute against the API schema; the planner leaves those fields to the host.
/// </summary>
internal static class IntrospectionDocuments
{
    // The same bound as the parser's: a cyclic fragment (invalid anyway) cannot overflow the stack.
    private const int MaxDepth = 128;

    /// <summary>
    /// A document with one operation (same name, variables and directives) whose root selection keeps
    /// only <c>__schema</c> and <c>__type</c> fields, fragments at the root becoming inline fragments, plus
    /// every fragment definition of <paramref name="document"/>; null when the operation has no such field.
    /// </summary>
    public static GraphQLDocument? Extract(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToList();
        var selections = Filter(operation.SelectionSet, fragments, 0);
        if (selections.Count == 0)
        {
            return null;
        }

        var reduced = new GraphQLOperationDefinition(new GraphQLSelectionSet(selections))
        {
            Operation = operation.Operation,
            Name = operation.Name,
            Variables = operation.Variables,
            Directives = operation.Directives,
        };
        return new GraphQLDocument([reduced, .. fragments]);
    }

    private static List<ASTNode> Filter(GraphQLSelectionSet set, List<GraphQLFragmentDefinition> fragments, int depth)
    {
        var kept = new List<ASTNode>();
        if (depth > MaxDepth)
        {
            return kept;
        }

        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when field.Name.Value.Span is "__schema" or "__type":
                    kept.Add(field);
                    break;
                case GraphQLInlineFragment inline when Filter(inline.SelectionSet, fragments, depth + 1) is { Count: > 0 } inner:
                    kept.Add(new GraphQLInlineFragment(new GraphQLSelectionSet(inner)) { TypeCondition = inline.TypeCondition, Directives = inline.Directives });
                    break;
                case GraphQLFragmentSpread spread
                    when fragments.Find(f => f.FragmentName.Name.Value.Span.SequenceEqual(spread.FragmentName.Name.Value.Span)) is { } definition
                    && Filter(definition.SelectionSet, fragments, depth + 1) is { Count: > 0 } inner:
                    kept.Add(new GraphQLInlineFragment(new GraphQLSelectionSet(inner)) { TypeCondition = definition.TypeCondition, Directives = spread.Directives });
                    break;
                default:
                    break;
            }
        }

        return kept;
    }
}
