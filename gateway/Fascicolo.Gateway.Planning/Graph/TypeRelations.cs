using Fascicolo.Gateway.Composition;

namespace Fascicolo.Gateway.Planning.Graph;

/// <summary>
/// Supergraph-wide type relations the planner asks for on every fragment: possible runtime types as
/// sets, and whether a type condition narrows a type. Built once per supergraph.
/// </summary>
internal sealed class TypeRelations
{
    private readonly Supergraph _supergraph;
    private readonly Dictionary<string, HashSet<string>> _possibleSets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _apiEnumValues = new(StringComparer.Ordinal);

    public TypeRelations(Supergraph supergraph)
    {
        _supergraph = supergraph;
        foreach (var type in supergraph.TypeList)
        {
            if (type.IsComposite)
            {
                _possibleSets[type.Name] = new HashSet<string>(type.PossibleTypes, StringComparer.Ordinal);
            }
            else if (type.Kind == SupergraphTypeKind.Enum && type.EnumValues.Any(v => v.IsInaccessible))
            {
                _apiEnumValues[type.Name] = new HashSet<string>(type.EnumValues.Where(v => !v.IsInaccessible).Select(v => v.Name), StringComparer.Ordinal);
            }
        }
    }

    /// <summary>The supergraph type, or null for built-in scalars and introspection types.</summary>
    public SupergraphType? Find(string name) => _supergraph.Types.GetValueOrDefault(name);

    /// <summary>The supergraph type; throws a planning error for an unknown name.</summary>
    public SupergraphType Get(string name) =>
        _supergraph.Types.TryGetValue(name, out var type) ? type : throw new QueryPlanningException($"Unknown type \"{name}\".");

    /// <summary>
    /// The values clients may see of an enum some of whose values are <c>@inaccessible</c>; null for
    /// any other type (every value a subgraph can return for it is in the API schema).
    /// </summary>
    public IReadOnlySet<string>? ApiEnumValues(string name) => _apiEnumValues.GetValueOrDefault(name);

    /// <summary>True for interfaces and unions.</summary>
    public bool IsAbstract(string name) => Find(name)?.IsAbstract == true;

    /// <summary>The object types a value of the type can be, in declaration order (supergraph-wide).</summary>
    public IReadOnlyList<string> PossibleTypes(string name) => Find(name)?.PossibleTypes ?? [];

    /// <summary>Whether an object of type <paramref name="objectType"/> is a possible value of <paramref name="type"/>.</summary>
    public bool IsPossible(string type, string objectType) =>
        _possibleSets.TryGetValue(type, out var set) && set.Contains(objectType);

    /// <summary>
    /// Whether a fragment on <paramref name="condition"/> always applies at a position of type
    /// <paramref name="type"/> and may be flattened into it, its fields being fields of that type.
    /// </summary>
    public bool Covers(string condition, string type)
    {
        if (condition == type)
        {
            return true;
        }

        var parent = Find(type);
        return parent?.Kind switch
        {
            SupergraphTypeKind.Object => IsPossible(condition, type),

            // An interface implementing the condition has the condition's fields; a union never does.
            SupergraphTypeKind.Interface => parent.Implements(condition),
            _ => false,
        };
    }
}
