using System.Text;

namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>
/// Prints fetch documents on one line, deterministically (equal plans, equal text, so subgraph-side
/// document caches hit). A named client operation gives named fetches, <c>Op__subgraph__id</c>, as
/// Apollo does, which makes subgraph logs readable; an anonymous one gives anonymous fetches.
/// </summary>
internal static class FetchDocumentWriter
{
    private const string RepresentationsVariable = "representations";

    /// <summary>The fetch's variables, in the operation's declaration order.</summary>
    public static IReadOnlyList<string> Variables(FetchGroup group, OperationInfo operation)
    {
        foreach (var used in group.Variables)
        {
            _ = operation.Definition(used);
        }

        return [.. operation.Order.Where(group.Variables.Contains)];
    }

    /// <summary>
    /// The fetch's document and operation name; for an entity fetch also the selection set under
    /// <c>_entities</c> alone, which the executor needs to merge fetches into one request.
    /// </summary>
    public static (string Document, string? OperationName, string? EntitySelection) Write(FetchGroup group, int id, OperationInfo operation, IReadOnlyList<string> variables)
    {
        var name = operation.Name is null ? null : $"{operation.Name}__{Sanitize(group.Subgraph)}__{id}";
        var definitions = new List<string>();
        if (group.IsEntityFetch)
        {
            // The vocabulary fixes the name $representations; a client variable of that name cannot be forwarded next to it.
            if (variables.Contains(RepresentationsVariable))
            {
                throw new QueryPlanningException("A client variable named $representations cannot be used in a field resolved by an entity fetch.");
            }

            definitions.Add("$representations: [_Any!]!");
        }

        definitions.AddRange(variables.Select(operation.Definition));
        var text = new StringBuilder(256);
        var keyword = group.IsMutation ? "mutation" : "query";
        if (name is not null || definitions.Count > 0 || group.IsMutation)
        {
            text.Append(keyword);
            if (name is not null)
            {
                text.Append(' ').Append(name);
            }

            if (definitions.Count > 0)
            {
                text.Append('(').AppendJoin(", ", definitions).Append(')');
            }

            text.Append(' ');
        }

        if (!group.IsEntityFetch)
        {
            group.Selection.Write(text);
            return (text.ToString(), name, null);
        }

        text.Append("{ _entities(representations: $representations) ");
        var selectionStart = text.Length;
        group.Selection.Write(text);
        var selection = text.ToString(selectionStart, text.Length - selectionStart);
        text.Append(" }");
        return (text.ToString(), name, selection);
    }

    // Subgraph names are free text in the supergraph; operation names must be GraphQL names.
    private static string Sanitize(string subgraph) =>
        string.Concat(subgraph.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_'));
}
