namespace Fascicolo.Gateway.Composition;

/// <summary>An enum used both as an input and as an output must have the same values in every subgraph that defines it.</summary>
/// <see href="https://www.apollographql.com/docs/graphos/schema-design/federated-schemas/sharing-types#enums"/>
internal sealed class EnumValueMismatchRule : ICompositionRule
{
    public const string ErrorCode = "ENUM_VALUE_MISMATCH";

    public string Code => ErrorCode;

    public CompositionPhase Phase => CompositionPhase.Merge;

    public void Validate(CompositionContext context)
    {
        foreach (var (name, definitions) in context.TypeGroups)
        {
            if (definitions[0].Type.Kind != SupergraphTypeKind.Enum || context.EnumUsage.GetValueOrDefault(name) != (EnumUsage.Input | EnumUsage.Output))
            {
                continue;
            }

            var all = definitions.SelectMany(d => d.Type.EnumValues.Select(v => v.Name)).Distinct(StringComparer.Ordinal).ToList();
            foreach (var value in all)
            {
                var missing = definitions.Where(d => !d.Type.EnumValues.Exists(v => v.Name == value)).Select(d => d.Subgraph.Name).ToList();
                if (missing.Count > 0)
                {
                    var having = definitions.Select(d => d.Subgraph.Name).Except(missing);
                    context.Report(
                        Code,
                        $"Enum type \"{name}\" is used as both input type and output type, but value \"{value}\" is not defined in all the subgraphs defining \"{name}\": \"{value}\" is defined in {Quote(having)} but not in {Quote(missing)}.",
                        $"{name}.{value}",
                        definitions.Select(d => d.Subgraph.Name));
                }
            }
        }
    }

    private static string Quote(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));
}
