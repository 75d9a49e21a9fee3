namespace Fascicolo.Gateway.Composition;

/// <summary>A field cannot <c>@override</c> from its own subgraph.</summary>
/// <see href="https://www.apollographql.com/docs/graphos/reference/federation/directives#override"/>
internal sealed class OverrideFromSelfRule : ICompositionRule
{
    public const string ErrorCode = "OVERRIDE_FROM_SELF_ERROR";

    public string Code => ErrorCode;

    public CompositionPhase Phase => CompositionPhase.ValidateSources;

    public void Validate(CompositionContext context)
    {
        foreach (var subgraph in context.Subgraphs)
        {
            foreach (var type in subgraph.TypeList)
            {
                foreach (var field in type.Fields.Where(f => f.OverrideFrom == subgraph.Name))
                {
                    context.Report(Code, $"Source and destination subgraphs \"{subgraph.Name}\" are the same for overridden field \"{type.Name}.{field.Name}\".", $"{type.Name}.{field.Name}", subgraph.Name);
                }
            }
        }
    }
}
