namespace Fascicolo.Gateway.Composition;

// Output fields: the union of every subgraph's fields, each with one source per declaring subgraph.
internal sealed partial class SupergraphMerger
{
    private static void MergeOutputFields(SupergraphType type, List<(SubgraphSchema Subgraph, SubgraphTypeDef Type)> definitions, OutputSubtyping subtyping)
    {
        var names = new List<string>();
        foreach (var (_, def) in definitions)
        {
            foreach (var field in def.Fields)
            {
                AddOnce(names, field.Name);
            }
        }

        foreach (var name in names)
        {
            var defs = definitions
                .Select(d => (d.Subgraph, d.Type, Field: d.Type.GetField(name)))
                .Where(d => d.Field is not null)
                .Select(d => (d.Subgraph, d.Type, Field: d.Field!))
                .ToList();
            type.FieldList.Add(MergeField(type, name, defs, subtyping));
        }
    }

    private static SupergraphField MergeField(SupergraphType parent, string name, List<(SubgraphSchema Subgraph, SubgraphTypeDef Type, SubgraphFieldDef Field)> defs, OutputSubtyping subtyping)
    {
        var resolving = defs.Where(d => !d.Field.IsExternal).ToList();
        var typed = resolving.Count > 0 ? resolving : defs;
        var fieldType = TypeRefMerging.Merge([.. typed.Select(d => d.Field.Type)], isInput: false);

        // A subgraph returning a subtype (an implementation, a union member): the supergraph has the common
        // supertype, and that subgraph's own type is recorded in its source below.
        var namedTypes = typed.Select(d => d.Field.NamedType).Distinct(StringComparer.Ordinal).ToList();
        if (namedTypes.Count > 1 && subtyping.CommonSupertype(namedTypes) is { } supertype)
        {
            fieldType = TypeRefMerging.WithNamedType(fieldType, supertype);
        }

        var field = new SupergraphField(parent, name, fieldType);
        (field.Description, field.IsInaccessible, field.DeprecationReason) = MergeCommon([.. defs.Select(d => d.Field)], field.DirectiveList);

        var printedType = TypeReferences.Print(fieldType);
        foreach (var (subgraph, def, fieldDef) in defs)
        {
            var overriddenBy = defs.Find(d => d.Field.OverrideFrom == subgraph.Name && d.Subgraph != subgraph);
            var usedOverridden = overriddenBy.Field is not null;
            if (usedOverridden && !IsUsedByFederation(def, name))
            {
                continue;
            }

            var subgraphType = TypeReferences.Print(fieldDef.Type);
            field.SourceList.Add(new FieldSource(
                subgraph.Name,
                fieldDef.Requires is { } requires ? FieldSet.Parse(requires) : null,
                fieldDef.Provides is { } provides ? FieldSet.Parse(provides) : null,
                fieldDef.IsExternal,
                // Kept even when the source subgraph is gone or no longer has the field, as Apollo's composition
                // writes it: join's override records where the field came from, whatever that subgraph is now.
                fieldDef.OverrideFrom,
                usedOverridden,
                subgraphType == printedType ? null : subgraphType,
                fieldDef.OverrideFrom is null ? null : fieldDef.OverrideLabel));
        }

        MergeArguments(field, typed.Select(d => d.Field).ToList());
        return field;
    }

    /// <summary>Whether the subgraph still needs a field it lost to an override: as a key or a requirement.</summary>
    private static bool IsUsedByFederation(SubgraphTypeDef type, string field) =>
        type.Keys.Exists(k => FieldSet.Parse(k.Fields).TopLevelFieldNames().Contains(field))
        || type.Fields.Exists(f => f.Requires is { } r && FieldSet.Parse(r).TopLevelFieldNames().Contains(field));

    private static void MergeArguments(SupergraphField field, List<SubgraphFieldDef> defs)
    {
        // DIVERGENCE: Apollo reports a required argument missing in some subgraph; we drop it like an optional one.
        foreach (var first in defs[0].Arguments)
        {
            var all = defs.Select(d => d.Arguments.Find(a => a.Name == first.Name)).ToList();
            if (all.Exists(a => a is null))
            {
                continue;
            }

            var present = all.OfType<SubgraphArgumentDef>().ToList();
            var argument = new SupergraphArgument(first.Name, TypeRefMerging.Merge([.. present.Select(a => a.Type)], isInput: true))
            {
                DefaultValue = present.Select(a => a.DefaultValue).FirstOrDefault(v => v is not null),
            };
            (argument.Description, argument.IsInaccessible, argument.DeprecationReason) = MergeCommon(present, argument.DirectiveList);
            field.ArgumentList.Add(argument);
        }
    }

    /// <summary>
    /// Fields an <c>@interfaceObject</c> adds to an interface appear on every implementation too,
    /// with no source: the planner resolves them through the interface object's subgraph.
    /// </summary>
    private void AddInterfaceObjectFields()
    {
        foreach (var iface in _parts.Types.Where(t => t.MembershipList.Exists(m => m.IsInterfaceObject)))
        {
            foreach (var implementation in _parts.Types.Where(t => t.Kind == SupergraphTypeKind.Object && t.InterfaceList.Contains(iface.Name)))
            {
                foreach (var field in iface.FieldList.Where(f => !implementation.FieldList.Exists(o => o.Name == f.Name)))
                {
                    var copy = new SupergraphField(implementation, field.Name, field.Type)
                    {
                        Description = field.Description,
                        IsInaccessible = field.IsInaccessible,
                        DeprecationReason = field.DeprecationReason,
                    };
                    copy.ArgumentList.AddRange(field.ArgumentList);
                    copy.DirectiveList.AddRange(field.DirectiveList);
                    implementation.FieldList.Add(copy);
                }
            }
        }
    }
}
