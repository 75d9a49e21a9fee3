namespace Fascicolo.Gateway.Composition;

/// <summary>A field overridden from a subgraph cannot itself carry an <c>@override</c> there (no override chains).</summary>
/// <see href="https://www.apollographql.com/docs/graphos/reference/federation/directives#override"/>
internal sealed class OverrideSourceHasOverrideRule : ICompositionRule
{
    public const string ErrorCode = "OVERRIDE_SOURCE_HAS_OVERRIDE";

    public string Code => ErrorCode;

    public CompositionPhase Phase => CompositionPhase.PostMerge;

    public void Validate(CompositionContext context)
    {
        foreach (var (typeName, definitions) in context.TypeGroups)
        {
            foreach (var (subgraph, type) in definitions)
            {
                foreach (var field in type.Fields.Where(f => f.OverrideFrom is not null))
                {
                    var source = definitions.Find(d => d.Subgraph.Name == field.OverrideFrom);
                    if (source.Type?.GetField(field.Name) is { OverrideFrom: { } })
                    {
                        context.Report(
                            Code,
                            $"Field \"{typeName}.{field.Name}\" on subgraph \"{subgraph.Name}\" overrides it from \"{field.OverrideFrom}\", which also marks it @override: an overridden field's source cannot itself override.",
                            $"{typeName}.{field.Name}",
                            subgraph.Name,
                            field.OverrideFrom!);
                    }
                }
            }
        }
    }
}
