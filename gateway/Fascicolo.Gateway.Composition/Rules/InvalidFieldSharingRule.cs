namespace Fascicolo.Gateway.Composition;

/// <summary>
/// A field of an object type resolved by several subgraphs must be <c>@shareable</c> in each of
/// them (key fields are shareable implicitly; <c>@external</c> fields and fields lost to
/// <c>@override</c> do not count).
/// </summary>
/// <see href="https://www.apollographql.com/docs/graphos/reference/federation/directives#shareable"/>
// DIVERGENCE: like @theguild/federation-composition, an @external field made resolvable by a
// @provides does not count as a second resolver (Apollo's docs ask for @shareable there).
internal sealed class InvalidFieldSharingRule : ICompositionRule
{
    public const string ErrorCode = "INVALID_FIELD_SHARING";

    public string Code => ErrorCode;

    public CompositionPhase Phase => CompositionPhase.PostMerge;

    public void Validate(CompositionContext context)
    {
        var keyFields = context.Subgraphs.ToDictionary(s => s.Name, FieldSetWalker.KeyFields, StringComparer.Ordinal);
        foreach (var (typeName, definitions) in context.TypeGroups)
        {
            if (definitions.Exists(d => d.Type.Kind != SupergraphTypeKind.Object || d.Type.IsInterfaceObject))
            {
                continue;
            }

            foreach (var fieldName in definitions.SelectMany(d => d.Type.Fields.Select(f => f.Name)).Distinct(StringComparer.Ordinal))
            {
                var defs = definitions.Select(d => (d.Subgraph, d.Type, Field: d.Type.GetField(fieldName))).Where(d => d.Field is not null).ToList();
                var overridden = defs.Select(d => d.Field!.OverrideFrom).OfType<string>().ToHashSet(StringComparer.Ordinal);
                var resolving = defs
                    .Where(d => !overridden.Contains(d.Subgraph.Name))
                    .Where(d => !d.Field!.IsExternal)
                    .ToList();
                if (resolving.Count < 2)
                {
                    continue;
                }

                var unshared = resolving
                    .Where(d => !d.Field!.IsShareable && !d.Type.IsShareable && !keyFields[d.Subgraph.Name].Contains((typeName, fieldName)))
                    .ToList();
                if (unshared.Count > 0)
                {
                    var where = string.Join(", ", resolving.Select(d => $"\"{d.Subgraph.Name}\""));
                    var marked = string.Join(", ", unshared.Select(d => $"\"{d.Subgraph.Name}\""));
                    context.Report(
                        Code,
                        $"Non-shareable field \"{typeName}.{fieldName}\" is resolved from multiple subgraphs: it is resolved from subgraphs {where} and defined as non-shareable in subgraph(s) {marked}.",
                        $"{typeName}.{fieldName}",
                        resolving.Select(d => d.Subgraph.Name));
                }
            }
        }
    }
}
