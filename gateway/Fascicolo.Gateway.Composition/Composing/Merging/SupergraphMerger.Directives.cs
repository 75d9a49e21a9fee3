using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

// Directive definitions: composed directives (@composeDirective) with their spec links, and
// executable directives that every subgraph defines.
internal sealed partial class SupergraphMerger
{
    private static readonly HashSet<DirectiveLocation> ExecutableLocations =
    [
        DirectiveLocation.Query, DirectiveLocation.Mutation, DirectiveLocation.Subscription, DirectiveLocation.Field,
        DirectiveLocation.FragmentDefinition, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment, DirectiveLocation.VariableDefinition,
    ];

    private void MergeDirectiveDefinitions()
    {
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var subgraph in _context.Subgraphs)
        {
            foreach (var composed in subgraph.ComposedDirectives)
            {
                if (subgraph.DirectiveDefinitions.Find(d => d.Name.StringValue == composed) is { } definition && added.Add(composed))
                {
                    _parts.DirectiveDefinitions.Add(definition);
                    AddComposedLink(subgraph, composed);
                }
            }
        }

        // DIVERGENCE: Apollo keeps only the executable locations of such a directive; we keep it
        // when every subgraph defines it and all its locations are executable.
        var first = _context.Subgraphs[0];
        foreach (var definition in first.DirectiveDefinitions)
        {
            var name = definition.Name.StringValue;
            if (!added.Contains(name)
                && definition.Locations.Items.TrueForAll(ExecutableLocations.Contains)
                && _context.Subgraphs.All(s => s.DirectiveDefinitions.Exists(d => d.Name.StringValue == name)))
            {
                added.Add(name);
                _parts.DirectiveDefinitions.Add(definition);
            }
        }
    }

    private void AddComposedLink(SubgraphSchema subgraph, string directive)
    {
        var spec = subgraph.OtherLinks.Find(l => l.Owns(directive, isDirective: true));
        if (spec is null)
        {
            return;
        }

        var existing = _parts.Links.FindIndex(l => l.Url == spec.Url);
        var import = new SpecImport("@" + directive, null);
        if (existing < 0)
        {
            _parts.Links.Add(new SpecLink(spec.Url, spec.As, spec.Purpose, [import]));
        }
        else if (!_parts.Links[existing].Imports.Contains(import))
        {
            _parts.Links[existing] = _parts.Links[existing] with { Imports = [.. _parts.Links[existing].Imports, import] };
        }
    }
}
