namespace Fascicolo.Gateway.Composition;

/// <summary>An <c>@external</c> field must be defined without <c>@external</c> in some other subgraph.</summary>
/// <see href="https://www.apollographql.com/docs/graphos/reference/federation/directives#external"/>
internal sealed class ExternalMissingOnBaseRule : ICompositionRule
{
    public const string ErrorCode = "EXTERNAL_MISSING_ON_BASE";

    public string Code => ErrorCode;

    public CompositionPhase Phase => CompositionPhase.PostMerge;

    public void Validate(CompositionContext context)
    {
        foreach (var (typeName, definitions) in context.TypeGroups)
        {
            foreach (var (subgraph, type) in definitions)
            {
                foreach (var field in type.Fields.Where(f => f.IsExternal))
                {
                    var hasBase = definitions.Exists(d => d.Type.GetField(field.Name) is { IsExternal: false });
                    if (!hasBase)
                    {
                        context.Report(Code, $"Field \"{typeName}.{field.Name}\" is marked @external on all the subgraphs in which it is listed ({subgraph.Name}).", $"{typeName}.{field.Name}", definitions.Where(d => d.Type.GetField(field.Name) is not null).Select(d => d.Subgraph.Name));
                    }
                }
            }
        }
    }
}
