namespace Fascicolo.Gateway.Composition;

/// <summary>An accessible field or argument cannot have an <c>@inaccessible</c> type: the API schema would reference a type it lacks.</summary>
/// <see href="https://www.apollographql.com/docs/graphos/reference/federation/directives#inaccessible"/>
internal sealed class ReferencedInaccessibleRule : ICompositionRule
{
    public const string ErrorCode = "REFERENCED_INACCESSIBLE";

    public string Code => ErrorCode;

    public CompositionPhase Phase => CompositionPhase.PostMerge;

    public void Validate(CompositionContext context)
    {
        var supergraph = context.Supergraph!;
        bool Hidden(string typeName) => supergraph.TryGetType(typeName, out var t) && t.IsInaccessible;
        foreach (var type in supergraph.TypeList.Where(t => !t.IsInaccessible))
        {
            foreach (var field in type.Fields.Where(f => !f.IsInaccessible))
            {
                Check(context, field.Coordinate, field.NamedType, Hidden, field.Sources.Select(s => s.Subgraph));
                foreach (var argument in field.Arguments.Where(a => !a.IsInaccessible))
                {
                    Check(context, $"{field.Coordinate}({argument.Name}:)", argument.NamedType, Hidden, field.Sources.Select(s => s.Subgraph));
                }
            }

            foreach (var field in type.InputFields.Where(f => !f.IsInaccessible))
            {
                Check(context, $"{type.Name}.{field.Name}", field.NamedType, Hidden, field.Subgraphs);
            }
        }
    }

    private void Check(CompositionContext context, string coordinate, string typeName, Func<string, bool> hidden, IEnumerable<string> subgraphs)
    {
        if (hidden(typeName))
        {
            context.Report(Code, $"Type \"{typeName}\" is @inaccessible but is referenced by \"{coordinate}\", which is in the API schema.", coordinate, subgraphs);
        }
    }
}
