namespace Fascicolo.Gateway.Composition;

/// <summary>Where an enum appears, which decides how its values merge.</summary>
/// <remarks>See <see href="https://www.apollographql.com/docs/graphos/schema-design/federated-schemas/reference/composition-rules#enums"/>.</remarks>
[Flags]
internal enum EnumUsage
{
    /// <summary>Not referenced by any field or argument: merged as an output enum (union of values).</summary>
    None = 0,

    /// <summary>Referenced by an argument or input field: values intersect.</summary>
    Input = 1,

    /// <summary>Referenced by an output field: values union.</summary>
    Output = 2,
}

/// <summary>Finds the usage of every enum.</summary>
internal static class EnumUsageAnalysis
{
    public static Dictionary<string, EnumUsage> Analyse(IReadOnlyList<SubgraphSchema> subgraphs)
    {
        var enums = subgraphs.SelectMany(s => s.TypeList).Where(t => t.Kind == SupergraphTypeKind.Enum).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var usage = enums.ToDictionary(e => e, _ => EnumUsage.None, StringComparer.Ordinal);
        void Mark(string type, EnumUsage how)
        {
            if (usage.TryGetValue(type, out var current))
            {
                usage[type] = current | how;
            }
        }

        foreach (var type in subgraphs.SelectMany(s => s.TypeList))
        {
            foreach (var field in type.Fields)
            {
                Mark(field.NamedType, type.Kind == SupergraphTypeKind.InputObject ? EnumUsage.Input : EnumUsage.Output);
                foreach (var argument in field.Arguments)
                {
                    Mark(TypeReferences.NamedTypeOf(argument.Type), EnumUsage.Input);
                }
            }
        }

        return usage;
    }
}
