using GraphQLParser.AST;

namespace Fascicolo.Gateway.Planning.Operations;

/// <summary>Finds the operation to run in a document, and the document's fragments by name.</summary>
internal static class OperationSelector
{
    public static (GraphQLOperationDefinition Operation, Dictionary<string, GraphQLFragmentDefinition> Fragments) Select(GraphQLDocument document, string? operationName)
    {
        GraphQLOperationDefinition? selected = null;
        var count = 0;
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment)
            {
                fragments[fragment.FragmentName.Name.StringValue] = fragment;
            }
            else if (definition is GraphQLOperationDefinition operation)
            {
                count++;
                if (operationName is null ? count == 1 : operation.Name?.StringValue == operationName)
                {
                    selected = operation;
                }
            }
        }

        if (operationName is null && count > 1)
        {
            throw new QueryPlanningException("The document has several operations: an operation name is required.");
        }

        return selected is null
            ? throw new QueryPlanningException(operationName is null ? "The document has no operation." : $"Unknown operation \"{operationName}\".")
            : (selected, fragments);
    }
}
