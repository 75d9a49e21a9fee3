namespace Fascicolo.Gateway.Composition;

/// <summary>A type name must denote the same kind in every subgraph (an <c>@interfaceObject</c> object may stand for an interface).</summary>
/// <see href="https://www.apollographql.com/docs/graphos/schema-design/federated-schemas/reference/composition-rules"/>
internal sealed class TypeKindMismatchRule : ICompositionRule
{
    public const string ErrorCode = "TYPE_KIND_MISMATCH";

    public string Code => ErrorCode;

    public CompositionPhase Phase => CompositionPhase.Merge;

    public void Validate(CompositionContext context)
    {
        foreach (var (name, definitions) in context.TypeGroups)
        {
            var kinds = definitions
                .Select(d => d.Type.IsInterfaceObject ? SupergraphTypeKind.Interface : d.Type.Kind)
                .Distinct()
                .ToList();
            if (kinds.Count > 1)
            {
                var detail = string.Join(", ", definitions.Select(d => $"{KindName(d.Type.Kind)} in \"{d.Subgraph.Name}\""));
                context.Report(Code, $"Type \"{name}\" has mismatched kind: it is defined as {detail}.", name, definitions.Select(d => d.Subgraph.Name));
            }
        }
    }

    private static string KindName(SupergraphTypeKind kind) => kind switch
    {
        SupergraphTypeKind.Object => "Object Type",
        SupergraphTypeKind.Interface => "Interface Type",
        SupergraphTypeKind.Union => "Union Type",
        SupergraphTypeKind.Enum => "Enum Type",
        SupergraphTypeKind.InputObject => "Input Object Type",
        _ => "Scalar Type",
    };
}
