using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

// One supergraph type from its definitions in the subgraphs.
internal sealed partial class SupergraphMerger
{
    private SupergraphType MergeType(string name, List<(SubgraphSchema Subgraph, SubgraphTypeDef Type)> definitions)
    {
        // An @interfaceObject is an object type in its subgraph but an interface in the supergraph.
        var kind = definitions.Exists(d => d.Type.Kind == SupergraphTypeKind.Interface) ? SupergraphTypeKind.Interface : definitions[0].Type.Kind;
        var type = new SupergraphType(name, kind)
        {
            Description = MostCommon(definitions.Select(d => d.Type.Description)),
            IsInaccessible = definitions.Exists(d => d.Type.IsInaccessible),
        };
        MergeDirectives(type.DirectiveList, definitions.Select(d => d.Type.Directives));
        foreach (var (subgraph, def) in definitions)
        {
            if (def.Keys.Count == 0)
            {
                type.MembershipList.Add(new TypeMembership(subgraph.Name, null, def.IsExtension, true, def.IsInterfaceObject));
            }

            foreach (var (fields, resolvable) in def.Keys)
            {
                type.MembershipList.Add(new TypeMembership(subgraph.Name, new EntityKey(FieldSet.Parse(fields), resolvable), def.IsExtension, resolvable, def.IsInterfaceObject));
            }

            foreach (var iface in def.Interfaces)
            {
                AddOnce(type.InterfaceList, iface);
                type.ImplementsList.Add((subgraph.Name, iface));
            }

            foreach (var member in def.UnionMembers)
            {
                AddOnce(type.UnionMemberList, member);
                type.UnionMemberInList.Add((subgraph.Name, member));
            }
        }

        switch (kind)
        {
            case SupergraphTypeKind.Object or SupergraphTypeKind.Interface:
                MergeOutputFields(type, definitions, _context.Subtyping);
                break;
            case SupergraphTypeKind.InputObject:
                MergeInputFields(type, definitions);
                break;
            case SupergraphTypeKind.Enum:
                MergeEnumValues(type, definitions);
                break;
        }

        return type;
    }

    private static void MergeInputFields(SupergraphType type, List<(SubgraphSchema Subgraph, SubgraphTypeDef Type)> definitions)
    {
        // Input types intersect: a subgraph must understand every field a client may send.
        foreach (var first in definitions[0].Type.Fields)
        {
            var defs = definitions.Select(d => d.Type.GetField(first.Name)).ToList();
            if (defs.Exists(d => d is null))
            {
                continue;
            }

            var all = defs.OfType<SubgraphFieldDef>().ToList();
            var field = new SupergraphArgument(first.Name, TypeRefMerging.Merge([.. all.Select(d => d.Type)], isInput: true))
            {
                DefaultValue = all.Select(d => d.DefaultValue).FirstOrDefault(v => v is not null),
            };
            (field.Description, field.IsInaccessible, field.DeprecationReason) = MergeCommon(all, field.DirectiveList);
            field.SubgraphList.AddRange(definitions.Select(d => d.Subgraph.Name));
            type.InputFieldList.Add(field);
        }
    }

    /// <summary>What every element merges the same way: description, inaccessibility, deprecation, kept directives.</summary>
    private static (string? Description, bool IsInaccessible, string? DeprecationReason) MergeCommon(IReadOnlyList<SubgraphElementDef> defs, List<GraphQLDirective> directives)
    {
        MergeDirectives(directives, defs.Select(d => d.Directives));
        return (MostCommon(defs.Select(d => d.Description)), defs.Any(d => d.IsInaccessible), defs.Select(d => d.DeprecationReason).FirstOrDefault(r => r is not null));
    }

    /// <summary>The description most subgraphs agree on; ties go to the first subgraph.</summary>
    private static string? MostCommon(IEnumerable<string?> descriptions) =>
        descriptions.OfType<string>()
            .Where(d => d.Length > 0)
            .GroupBy(d => d, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();

    /// <summary>Applied directives, each distinct application once (tags union across subgraphs).</summary>
    private static void MergeDirectives(List<GraphQLDirective> target, IEnumerable<List<GraphQLDirective>> sources)
    {
        var seen = new HashSet<string>(target.Select(SdlBuilder.Directive), StringComparer.Ordinal);
        foreach (var directive in sources.SelectMany(s => s))
        {
            if (seen.Add(SdlBuilder.Directive(directive)))
            {
                target.Add(directive);
            }
        }
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
