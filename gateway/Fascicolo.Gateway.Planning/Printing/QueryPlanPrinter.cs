using System.Text;

namespace Fascicolo.Gateway.Planning;

/// <summary>
/// Prints query plans as text in the style of Apollo's (<c>QueryPlan { Sequence { Fetch(service: …) … } }</c>),
/// followed by the response shape: for reading, logging and snapshot tests. Each fetch shows its
/// representations (<c>{ … } =></c>, a field read from an aliased response key printed
/// <c>name: responseKey</c>) and its document exactly as sent.
/// </summary>
public static partial class QueryPlanPrinter
{
    private const int IndentSize = 2;

    /// <summary>Prints the plan and its response shape.</summary>
    public static string Print(QueryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder();
        text.Append("QueryPlan {");
        if (plan.Root is not null)
        {
            text.Append('\n');
            Write(plan.Root, text, 1);
            text.Append('\n');
        }

        text.Append("}\n");
        WriteShape(plan.Shape, plan.Kind == OperationKind.Mutation ? "Mutation" : "Query", text);
        return text.ToString();
    }

    /// <summary>Prints one plan node and what it contains.</summary>
    public static string Print(PlanNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var text = new StringBuilder();
        Write(node, text, 0);
        return text.ToString();
    }

    // No default arm, by design: a new node kind must be added here before plans containing it can print.
    // C# cannot see that PlanNode's derived types are closed, so it would report the switch as not
    // exhaustive (CS8509) whatever it lists: that warning is silenced, and a test walks every PlanNode
    // type to prove each has its arm.
#pragma warning disable CS8509
    private static void Write(PlanNode node, StringBuilder text, int depth) => (node switch
    {
        SequenceNode sequence => () => WriteBlock("Sequence", sequence.Nodes, text, depth),
        ParallelNode parallel => () => WriteBlock("Parallel", parallel.Nodes, text, depth),
        FlattenNode flatten => () => WriteFlatten(flatten, text, depth),
        FetchNode fetch => (Action)(() => WriteFetch(fetch, text, depth)),
    })();
#pragma warning restore CS8509

    private static void WriteBlock(string name, IReadOnlyList<PlanNode> nodes, StringBuilder text, int depth)
    {
        Indent(text, depth).Append(name).Append(" {\n");
        for (var i = 0; i < nodes.Count; i++)
        {
            Write(nodes[i], text, depth + 1);
            text.Append(i < nodes.Count - 1 ? ",\n" : "\n");
        }

        Indent(text, depth).Append('}');
    }

    private static void WriteFlatten(FlattenNode flatten, StringBuilder text, int depth)
    {
        Indent(text, depth).Append("Flatten(path: \"").Append(PrintPath(flatten.Path)).Append("\") {\n");
        Write(flatten.Fetch, text, depth + 1);
        text.Append('\n');
        Indent(text, depth).Append('}');
    }

    private static void WriteFetch(FetchNode fetch, StringBuilder text, int depth)
    {
        Indent(text, depth).Append("Fetch(service: \"").Append(fetch.Subgraph).Append("\", id: ").Append(fetch.Id);
        if (fetch.Variables.Count > 0)
        {
            text.Append(", variables: [").AppendJoin(", ", fetch.Variables).Append(']');
        }

        text.Append(") {\n");
        if (fetch.Representation is { } representation)
        {
            Indent(text, depth + 1).Append('{');
            foreach (var fragment in representation)
            {
                text.Append(" ... on ").AppendJoin(", ", fragment.AppliesTo.Order(StringComparer.Ordinal)).Append(" { __typename");
                if (fragment.Typename is { } typename)
                {
                    // Sent instead of the runtime type (an @interfaceObject target).
                    text.Append(": \"").Append(typename).Append('"');
                }
                WriteRepresentationFields(fragment.Fields, text);
                text.Append(" }");
            }

            text.Append(" } =>\n");
        }

        Indent(text, depth + 1).Append(fetch.Document).Append('\n');
        Indent(text, depth).Append('}');
    }

    private static void WriteRepresentationFields(IReadOnlyList<RepresentationField> fields, StringBuilder text)
    {
        foreach (var field in fields)
        {
            if (field.AppliesTo is { } types)
            {
                text.Append(" ... on ").AppendJoin(", ", types.Order(StringComparer.Ordinal)).Append(" {");
            }

            text.Append(' ').Append(field.Name);
            if (field.ResponseKey != field.Name)
            {
                text.Append(": ").Append(field.ResponseKey);
            }

            if (field.Selection is { } selection)
            {
                text.Append(" {");
                WriteRepresentationFields(selection, text);
                text.Append(" }");
            }

            if (field.AppliesTo is not null)
            {
                text.Append(" }");
            }
        }
    }

    /// <summary>Apollo's path notation: <c>a.@.b|[T]</c>.</summary>
    private static string PrintPath(ResponsePath path)
    {
        var text = new StringBuilder();
        foreach (var segment in path.Segments)
        {
            if (segment is TypeConditionSegment)
            {
                text.Append(segment);
            }
            else
            {
                text.Append(text.Length == 0 ? string.Empty : ".").Append(segment);
            }
        }

        return text.ToString();
    }

    private static StringBuilder Indent(StringBuilder text, int depth) => text.Append(' ', depth * IndentSize);
}
