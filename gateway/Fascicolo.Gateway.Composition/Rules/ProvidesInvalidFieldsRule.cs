namespace Fascicolo.Gateway.Composition;

/// <summary>A <c>@provides</c> must select fields of the field's return type declared in the same subgraph.</summary>
/// <see href="https://www.apollographql.com/docs/graphos/reference/federation/directives#provides"/>
internal sealed class ProvidesInvalidFieldsRule : ICompositionRule
{
    public const string ErrorCode = "PROVIDES_INVALID_FIELDS";

    public string Code => ErrorCode;

    public CompositionPhase Phase => CompositionPhase.ValidateSources;

    public void Validate(CompositionContext context)
    {
        foreach (var subgraph in context.Subgraphs)
        {
            foreach (var type in subgraph.TypeList)
            {
                foreach (var field in type.Fields.Where(f => f.Provides is not null))
                {
                    if (FieldSetValidation.Problem(subgraph, field.NamedType, field.Provides!) is { } problem)
                    {
                        context.Report(Code, $"[{subgraph.Name}] On field \"{type.Name}.{field.Name}\", for @provides(fields: \"{field.Provides}\"): {problem}.", $"{type.Name}.{field.Name}", subgraph.Name);
                    }
                }
            }
        }
    }
}
