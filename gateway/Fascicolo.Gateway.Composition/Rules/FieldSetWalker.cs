using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>Lists the (type, field) pairs a field set selects in one subgraph, nested selections included.</summary>
internal static class FieldSetWalker
{
    public static IEnumerable<(string Type, string Field)> Selected(SubgraphSchema subgraph, string typeName, string fieldSet)
    {
        FieldSet parsed;
        try
        {
            parsed = FieldSet.Parse(fieldSet);
        }
        catch (FormatException)
        {
            return [];
        }

        var result = new List<(string, string)>();
        Walk(subgraph, typeName, parsed.Selection, result);
        return result;
    }

    /// <summary>The fields some <c>@key</c> of the subgraph selects: Federation makes them shareable.</summary>
    public static HashSet<(string Type, string Field)> KeyFields(SubgraphSchema subgraph) =>
        [.. subgraph.TypeList.SelectMany(t => t.Keys.SelectMany(k => Selected(subgraph, t.Name, k.Fields)))];

    private static void Walk(SubgraphSchema subgraph, string typeName, GraphQLSelectionSet selection, List<(string, string)> result)
    {
        foreach (var node in selection.Selections)
        {
            if (node is GraphQLField field)
            {
                var name = field.Name.StringValue;
                result.Add((typeName, name));
                if (field.SelectionSet is { } inner && subgraph.GetType(typeName)?.GetField(name) is { } def)
                {
                    Walk(subgraph, def.NamedType, inner, result);
                }
            }
            else if (node is GraphQLInlineFragment { SelectionSet: { } inner } fragment)
            {
                Walk(subgraph, fragment.TypeCondition?.Type.Name.StringValue ?? typeName, inner, result);
            }
        }
    }
}
