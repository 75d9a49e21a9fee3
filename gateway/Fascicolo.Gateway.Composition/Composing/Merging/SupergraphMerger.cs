using System.Text;

namespace Fascicolo.Gateway.Composition;

/// <summary>
/// Merges validated subgraphs into the supergraph model: output types union their fields, input
/// types intersect theirs, enums merge by usage, and every element records the subgraphs it comes from.
/// </summary>
/// <remarks>See <see href="https://www.apollographql.com/docs/graphos/schema-design/federated-schemas/reference/composition-rules"/>.</remarks>
internal sealed partial class SupergraphMerger
{
    private readonly CompositionContext _context;
    private readonly SupergraphParts _parts = new();

    private SupergraphMerger(CompositionContext context) => _context = context;

    public static Supergraph Merge(CompositionContext context)
    {
        var merger = new SupergraphMerger(context);
        merger.MergeEndpoints();
        foreach (var (name, definitions) in context.TypeGroups)
        {
            merger._parts.Types.Add(merger.MergeType(name, definitions));
        }

        merger.AddInterfaceObjectFields();
        merger.AddQueryToEverySubgraph();
        merger.MergeSchemaLevel();
        return new Supergraph(merger._parts);
    }

    private void MergeEndpoints()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var subgraph in _context.Subgraphs)
        {
            var value = GraphEnumValue(subgraph.Name);
            var candidate = value;
            for (var i = 1; !used.Add(candidate); i++)
            {
                candidate = value + "_" + DirectiveValues.FormatInt(i);
            }

            _parts.Subgraphs.Add(new SubgraphEndpoint(subgraph.Name, candidate, subgraph.Url));
        }
    }

    /// <summary>Apollo's naming of <c>join__Graph</c> values: upper case, other characters to <c>_</c>, no leading digit.</summary>
    private static string GraphEnumValue(string name)
    {
        var text = new StringBuilder(name.Length + 1);
        foreach (var c in name.ToUpperInvariant())
        {
            text.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        if (text.Length == 0 || char.IsAsciiDigit(text[0]))
        {
            text.Insert(0, '_');
        }

        return text.ToString();
    }

    /// <summary>Every subgraph has a query root (it serves <c>_entities</c> there), as Apollo's supergraphs record.</summary>
    private void AddQueryToEverySubgraph()
    {
        if (_parts.Types.Find(t => t.Name == "Query") is not { } query)
        {
            return;
        }

        var memberships = _context.Subgraphs
            .SelectMany(s => query.MembershipList.Where(m => m.Subgraph == s.Name).DefaultIfEmpty(new TypeMembership(s.Name, null, false, true, false)))
            .ToList();
        query.MembershipList.Clear();
        query.MembershipList.AddRange(memberships);
    }

    private void MergeSchemaLevel()
    {
        var names = _parts.Types.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        _parts.MutationType = names.Contains("Mutation") ? "Mutation" : null;
        _parts.SubscriptionType = names.Contains("Subscription") ? "Subscription" : null;
        MergeDirectiveDefinitions();
        var elements = _parts.Types.SelectMany(t => t.Fields.Select(f => (f.IsInaccessible, f.Directives))
            .Concat(t.Fields.SelectMany(f => f.Arguments).Select(a => (a.IsInaccessible, a.Directives)))
            .Concat(t.InputFields.Select(a => (a.IsInaccessible, a.Directives)))
            .Concat(t.EnumValues.Select(v => (v.IsInaccessible, v.Directives)))
            .Append((t.IsInaccessible, t.Directives))).ToList();
        if (elements.Any(e => e.Directives.Any(d => d.Name.StringValue == "tag")))
        {
            _parts.Links.Add(new SpecLink("https://specs.apollo.dev/tag/v0.3", null, null, []));
        }

        if (elements.Any(e => e.IsInaccessible))
        {
            _parts.Links.Add(new SpecLink("https://specs.apollo.dev/inaccessible/v0.2", null, "SECURITY", []));
        }
    }
}
