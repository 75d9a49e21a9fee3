namespace Fascicolo.Gateway.Composition;

/// <summary>Input types intersect their fields across subgraphs; the intersection must not be empty.</summary>
/// <see href="https://www.apollographql.com/docs/graphos/schema-design/federated-schemas/sharing-types#input-types-and-field-arguments"/>
internal sealed class EmptyMergedInputTypeRule : ICompositionRule
{
    public const string ErrorCode = "EMPTY_MERGED_INPUT_TYPE";

    public string Code => ErrorCode;

    public CompositionPhase Phase => CompositionPhase.Merge;

    public void Validate(CompositionContext context)
    {
        foreach (var (name, definitions) in context.TypeGroups.Where(g => g.Value[0].Type.Kind == SupergraphTypeKind.InputObject && g.Value.Count > 1))
        {
            var common = definitions[0].Type.Fields.Where(f => definitions.TrueForAll(d => d.Type.GetField(f.Name) is not null));
            if (!common.Any())
            {
                context.Report(Code, $"None of the fields of input object type \"{name}\" are consistently defined in all the subgraphs defining that type.", name, definitions.Select(d => d.Subgraph.Name));
            }
        }
    }
}
