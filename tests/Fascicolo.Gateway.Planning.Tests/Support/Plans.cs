using System.Collections.Concurrent;
using Fascicolo.Gateway.Composition;
using GraphQLParser;

namespace Fascicolo.Gateway.Planning.Tests.Support;

/// <summary>Plans queries against inline supergraphs (one planner per supergraph text) and inspects the plans.</summary>
internal static class Plans
{
    private static readonly ConcurrentDictionary<string, QueryPlanner> Planners = new(StringComparer.Ordinal);

    public static QueryPlanner PlannerFor(string supergraphSdl) =>
        Planners.GetOrAdd(supergraphSdl, sdl => new QueryPlanner(SupergraphReader.Read(sdl)));

    /// <summary>Plans <paramref name="query"/>; <paramref name="trueVariables"/> are the condition variables set to true.</summary>
    public static QueryPlan Plan(string supergraphSdl, string query, params string[] trueVariables) =>
        PlannerFor(supergraphSdl).Plan(Parser.Parse(query), null, new HashSet<string>(trueVariables, StringComparer.Ordinal));

    /// <summary>Plans <paramref name="query"/> for a request refused <paramref name="refusals"/>.</summary>
    public static QueryPlan Plan(string supergraphSdl, string query, FieldRefusals refusals) =>
        PlannerFor(supergraphSdl).Plan(Parser.Parse(query), null, new HashSet<string>(StringComparer.Ordinal), refusals);

    /// <summary>Refuses the coordinates with one error (code <c>FORBIDDEN</c>, reason <c>TEST</c>).</summary>
    public static FieldRefusals Refusing(params string[] coordinates) =>
        FieldRefusals.Create(coordinates, new FieldRefusal("Not for you.", "FORBIDDEN", "TEST"));

    /// <summary>Plans and prints.</summary>
    public static string Print(string supergraphSdl, string query, params string[] trueVariables) =>
        QueryPlanPrinter.Print(Plan(supergraphSdl, query, trueVariables));

    /// <summary>Every fetch of the plan, in reading order.</summary>
    public static List<FetchNode> Fetches(this QueryPlan plan)
    {
        var fetches = new List<FetchNode>();
        Collect(plan.Root, fetches);
        return fetches;
    }

    /// <summary>The subgraphs asked, one entry per fetch, in reading order.</summary>
    public static List<string> Subgraphs(this QueryPlan plan) => plan.Fetches().ConvertAll(f => f.Subgraph);

    private static void Collect(PlanNode? node, List<FetchNode> fetches)
    {
        switch (node)
        {
            case FetchNode fetch:
                fetches.Add(fetch);
                break;
            case FlattenNode flatten:
                fetches.Add(flatten.Fetch);
                break;
            case SequenceNode sequence:
                sequence.Nodes.ToList().ForEach(n => Collect(n, fetches));
                break;
            case ParallelNode parallel:
                parallel.Nodes.ToList().ForEach(n => Collect(n, fetches));
                break;
            default:
                break;
        }
    }
}
