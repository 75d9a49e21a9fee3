namespace Fascicolo.Gateway.Composition;

/// <summary>
/// A field (or input field) must have compatible types across subgraphs: the same named type and
/// list structure; nullability may differ (the supergraph takes the least strict for outputs, the strictest for inputs).
/// </summary>
/// <see href="https://www.apollographql.com/docs/graphos/schema-design/federated-schemas/sharing-types#differing-shared-fields"/>
// DIVERGENCE: Apollo also accepts an output field whose type is a subtype in some subgraph (an
// implementation of the interface, a member of the union); we require the same named type.
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
                if (defs.Skip(1).Any(d => !TypeRefMerging.SameShape(first.Field!.Type, d.Field!.Type)))
                {
                    var detail = string.Join(" and ", defs.Select(d => $"type \"{TypeReferences.Print(d.Field!.Type)}\" in \"{d.Subgraph.Name}\""));
                    context.Report(Code, $"Type of field \"{name}.{fieldName}\" is incompatible across subgraphs: it has {detail}.", $"{name}.{fieldName}", defs.Select(d => d.Subgraph.Name));
                }
            }
        }
    }
}
