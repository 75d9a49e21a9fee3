using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>
/// Subtyping of output types across subgraphs, as composition sees it before the supergraph exists:
/// an object (or interface) is a subtype of an interface it implements in some subgraph (directly or
/// through another interface), and of a union that has it as a member in some subgraph.
/// </summary>
/// <remarks>
/// A shared output field may return a subtype of its supergraph type in some subgraphs (e.g. an
/// interface in one, one of its implementations in another): the supergraph takes the common
/// supertype and records each subgraph's own type in <c>@join__field(type:)</c>.
/// See <see href="https://www.apollographql.com/docs/graphos/schema-design/federated-schemas/sharing-types#differing-shared-fields"/>.
/// </remarks>
internal sealed class OutputSubtyping
{
    private readonly Dictionary<string, HashSet<string>> _supertypes = new(StringComparer.Ordinal);

    public OutputSubtyping(IReadOnlyDictionary<string, List<(SubgraphSchema Subgraph, SubgraphTypeDef Type)>> typeGroups)
    {
        foreach (var (name, definitions) in typeGroups)
        {
            foreach (var (_, def) in definitions)
            {
                foreach (var iface in def.Interfaces)
                {
                    Direct(name).Add(iface);
                }

                foreach (var member in def.UnionMembers)
                {
                    Direct(member).Add(name);
                }
            }
        }
    }

    /// <summary>Whether <paramref name="sub"/> is <paramref name="super"/> or one of its subtypes.</summary>
    public bool IsSubtype(string super, string sub) => super == sub || Reaches(sub, super, []);

    /// <summary>The named type of <paramref name="types"/> every other is a subtype of, or null when there is none.</summary>
    public string? CommonSupertype(IReadOnlyList<string> types) =>
        types.FirstOrDefault(candidate => types.All(t => IsSubtype(candidate, t)));

    /// <summary>
    /// Whether several subgraphs' types of one output field are compatible: the same list structure
    /// (nullability aside) around named types with a common supertype.
    /// </summary>
    public bool AreCompatible(IReadOnlyList<GraphQLType> types) =>
        types.Skip(1).All(t => TypeRefMerging.SameStructure(types[0], t))
        && CommonSupertype([.. types.Select(TypeReferences.NamedTypeOf).Distinct(StringComparer.Ordinal)]) is not null;

    private HashSet<string> Direct(string name)
    {
        if (!_supertypes.TryGetValue(name, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            _supertypes.Add(name, set);
        }

        return set;
    }

    private bool Reaches(string from, string to, HashSet<string> seen)
    {
        if (!_supertypes.TryGetValue(from, out var direct) || !seen.Add(from))
        {
            return false;
        }

        return direct.Contains(to) || direct.Any(d => Reaches(d, to, seen));
    }
}
