using Fascicolo.Gateway.Composition;

namespace Fascicolo.Gateway.Planning;

/// <summary>
/// Reads directive applications the composed supergraph keeps on types and fields (directives
/// exported with <c>@composeDirective</c>, <c>@tag</c>, …), for hosts deciding what to refuse.
/// </summary>
public static class SupergraphDirectives
{
    /// <summary>
    /// The coordinates (<c>Type.field</c>) of the object and interface fields that carry the directive
    /// or whose type does, in supergraph order. Fields of an interface are listed on the interface
    /// (refusing them there covers the implementations).
    /// </summary>
    /// <param name="supergraph">The supergraph.</param>
    /// <param name="directiveName">The directive's name as applied in the supergraph (e.g. <c>personalData</c>; a leading <c>@</c> is ignored).</param>
    public static IReadOnlyList<string> FieldsMarkedWith(Supergraph supergraph, string directiveName)
    {
        ArgumentNullException.ThrowIfNull(supergraph);
        ArgumentException.ThrowIfNullOrEmpty(directiveName);
        var name = directiveName.TrimStart('@');
        var coordinates = new List<string>();
        foreach (var type in supergraph.TypeList)
        {
            if (type.Kind is not (SupergraphTypeKind.Object or SupergraphTypeKind.Interface))
            {
                continue;
            }

            var typeMarked = Carries(type.Directives, name);
            foreach (var field in type.Fields)
            {
                if (typeMarked || Carries(field.Directives, name))
                {
                    coordinates.Add(field.Coordinate);
                }
            }
        }

        return coordinates;
    }

    private static bool Carries(IReadOnlyList<GraphQLParser.AST.GraphQLDirective> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.StringValue == name)
            {
                return true;
            }
        }

        return false;
    }
}
