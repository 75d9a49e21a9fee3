using GraphQLParser.AST;

namespace Fascicolo.Gateway.Planning.Operations;

/// <summary>Collects the variables an operation passes to <c>@skip</c>/<c>@include</c>, following the fragments it spreads.</summary>
internal static class ConditionVariableCollector
{
    public static IReadOnlyList<string> Collect(GraphQLOperationDefinition operation, IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments)
    {
        var variables = new SortedSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Walk(operation.SelectionSet, fragments, variables, visited);
        return [.. variables];
    }

    private static void Walk(GraphQLSelectionSet? set, IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments, SortedSet<string> variables, HashSet<string> visited)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    AddConditions(field.Directives, variables);
                    Walk(field.SelectionSet, fragments, variables, visited);
                    break;
                case GraphQLInlineFragment inline:
                    AddConditions(inline.Directives, variables);
                    Walk(inline.SelectionSet, fragments, variables, visited);
                    break;
                case GraphQLFragmentSpread spread:
                    AddConditions(spread.Directives, variables);
                    var name = spread.FragmentName.Name.StringValue;
                    if (visited.Add(name) && fragments.TryGetValue(name, out var fragment))
                    {
                        Walk(fragment.SelectionSet, fragments, variables, visited);
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private static void AddConditions(GraphQLDirectives? directives, SortedSet<string> variables)
    {
        if (directives is null)
        {
            return;
        }

        foreach (var directive in directives)
        {
            if (directive.Name.StringValue is "skip" or "include" && directive.Arguments?.ValueFor("if") is GraphQLVariable variable)
            {
                variables.Add(variable.Name.StringValue);
            }
        }
    }
}
