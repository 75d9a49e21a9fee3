namespace Fascicolo.Gateway.Composition;

/// <summary>A <c>@key</c> must select fields the type has in that subgraph.</summary>
/// <see href="https://www.apollographql.com/docs/graphos/reference/federation/directives#key"/>
internal sealed class KeyInvalidFieldsRule : ICompositionRule
{
    public const string ErrorCode = "KEY_INVALID_FIELDS";

    public string Code => ErrorCode;

    public CompositionPhase Phase => CompositionPhase.ValidateSources;

    public void Validate(CompositionContext context)
    {
        foreach (var subgraph in context.Subgraphs)
        {
            foreach (var type in subgraph.TypeList)
            {
                foreach (var (fields, _) in type.Keys)
                {
                    if (FieldSetValidation.Problem(subgraph, type.Name, fields) is { } problem)
                    {
                        context.Report(Code, $"[{subgraph.Name}] On type \"{type.Name}\", for @key(fields: \"{fields}\"): {problem}.", type.Name, subgraph.Name);
                    }
                }
            }
        }
    }
}
