namespace Fascicolo.Gateway.Composition;

// Enums merge by usage: input-only enums intersect (a subgraph must accept every value a client
// sends), output-only and unused ones union, and one used both ways must agree (ENUM_VALUE_MISMATCH).
internal sealed partial class SupergraphMerger
{
    private void MergeEnumValues(SupergraphType type, List<(SubgraphSchema Subgraph, SubgraphTypeDef Type)> definitions)
    {
        var inputOnly = _context.EnumUsage.GetValueOrDefault(type.Name) == EnumUsage.Input;
        var names = new List<string>();
        foreach (var (_, def) in definitions)
        {
            foreach (var value in def.EnumValues)
            {
                AddOnce(names, value.Name);
            }
        }

        foreach (var name in names)
        {
            var defs = definitions.Select(d => (d.Subgraph, Value: d.Type.EnumValues.Find(v => v.Name == name))).ToList();
            if (inputOnly && defs.Exists(d => d.Value is null))
            {
                continue;
            }

            var present = defs.Where(d => d.Value is not null).ToList();
            var value = new SupergraphEnumValue(name);
            (value.Description, value.IsInaccessible, value.DeprecationReason) = MergeCommon([.. present.Select(d => d.Value!)], value.DirectiveList);
            value.SubgraphList.AddRange(present.Select(d => d.Subgraph.Name));
            type.EnumValueList.Add(value);
        }
    }
}
