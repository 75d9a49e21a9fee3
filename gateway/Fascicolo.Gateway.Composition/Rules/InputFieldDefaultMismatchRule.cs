namespace Fascicolo.Gateway.Composition;

/// <summary>An input field defined with a default value must have the same default in every subgraph that gives one.</summary>
/// <see href="https://www.apollographql.com/docs/graphos/schema-design/federated-schemas/sharing-types#input-types-and-field-arguments"/>
internal sealed class InputFieldDefaultMismatchRule : ICompositionRule
{
    public const string ErrorCode = "INPUT_FIELD_DEFAULT_MISMATCH";

    public string Code => ErrorCode;

    public CompositionPhase Phase => CompositionPhase.Merge;

    public void Validate(CompositionContext context)
    {
        foreach (var (name, definitions) in context.TypeGroups.Where(g => g.Value[0].Type.Kind == SupergraphTypeKind.InputObject))
        {
            foreach (var fieldName in definitions.SelectMany(d => d.Type.Fields.Select(f => f.Name)).Distinct(StringComparer.Ordinal))
            {
                var defaults = definitions
                    .Select(d => (d.Subgraph.Name, Value: d.Type.GetField(fieldName)?.DefaultValue))
                    .Where(d => d.Value is not null)
                    .Select(d => (d.Name, Text: SdlBuilder.Value(d.Value!)))
                    .ToList();
                if (defaults.Select(d => d.Text).Distinct(StringComparer.Ordinal).Count() > 1)
                {
                    var detail = string.Join(" and ", defaults.Select(d => $"default value {d.Text} in \"{d.Name}\""));
                    context.Report(Code, $"Input field \"{name}.{fieldName}\" has incompatible default values across subgraphs: it has {detail}.", $"{name}.{fieldName}", defaults.Select(d => d.Name));
                }
            }
        }
    }
}
