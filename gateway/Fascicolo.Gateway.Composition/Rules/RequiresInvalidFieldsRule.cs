namespace Fascicolo.Gateway.Composition;

/// <summary>A <c>@requires</c> must select fields of the parent type declared (as <c>@external</c>) in the same subgraph.</summary>
/// <see href="https://www.apollographql.com/docs/graphos/reference/federation/directives#requires"/>
internal sealed class RequiresInvalidFieldsRule : ICompositionRule
{
    public const string ErrorCode = "REQUIRES_INVALID_FIELDS";

    public string Code => ErrorCode;

    public CompositionPhase Phase => CompositionPhase.ValidateSources;

    public void Validate(CompositionContext context)
    {
        foreach (var subgraph in context.Subgraphs)
        {
            foreach (var type in subgraph.TypeList)
            {
                foreach (var field in type.Fields.Where(f => f.Requires is not null))
                {
                    if (FieldSetValidation.Problem(subgraph, type.Name, field.Requires!) is { } problem)
                    {
                        context.Report(Code, $"[{subgraph.Name}] On field \"{type.Name}.{field.Name}\", for @requires(fields: \"{field.Requires}\"): {problem}.", $"{type.Name}.{field.Name}", subgraph.Name);
                    }
                }
            }
        }
    }
}
