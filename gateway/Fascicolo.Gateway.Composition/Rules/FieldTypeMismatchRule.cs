namespace Fascicolo.Gateway.Composition;

/// <summary>
/// A field (or input field) must have compatible types across subgraphs: the same list structure;
/// nullability may differ (the supergraph takes the least strict for outputs, the strictest for
/// inputs). An input field keeps one named type; an output field may return a subtype in some
/// subgraphs (an implementation of the interface, a member of the union), the supergraph taking the
/// common supertype.
/// </summary>
/// <see href="https://www.apollographql.com/docs/graphos/schema-design/federated-schemas/sharing-types#differing-shared-fields"/>
internal sealed class FieldTypeMismatchRule : ICompositionRule
{
    public const string ErrorCode = "FIELD_TYPE_MISMATCH";

    public string Code => ErrorCode;

    public CompositionPhase Phase => CompositionPhase.Merge;

    public void Validate(CompositionContext context)
    {
        foreach (var (name, definitions) in context.TypeGroups)
        {
            var fieldNames = definitions.SelectMany(d => d.Type.Fields.Select(f => f.Name)).Distinct(StringComparer.Ordinal);
            foreach (var fieldName in fieldNames)
            {
                var defs = definitions
                    .Select(d => (d.Subgraph, Field: d.Type.GetField(fieldName)))
                    .Where(d => d.Field is not null)
                    .ToList();
                var first = defs[0];
                var compatible = definitions[0].Type.Kind == SupergraphTypeKind.InputObject
                    ? defs.Skip(1).All(d => TypeRefMerging.SameShape(first.Field!.Type, d.Field!.Type))
                    : context.Subtyping.AreCompatible([.. defs.Select(d => d.Field!.Type)]);
                if (!compatible)
                {
                    var detail = string.Join(" and ", defs.Select(d => $"type \"{TypeReferences.Print(d.Field!.Type)}\" in \"{d.Subgraph.Name}\""));
                    context.Report(Code, $"Type of field \"{name}.{fieldName}\" is incompatible across subgraphs: it has {detail}.", $"{name}.{fieldName}", defs.Select(d => d.Subgraph.Name));
                }
            }
        }
    }
}
