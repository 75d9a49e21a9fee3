namespace Fascicolo.Gateway.Composition;

// Lookups on the planner's hot path: every one is a dictionary or hash-set probe, built at seal time.
public sealed partial class SupergraphType
{
    private Dictionary<string, SupergraphField> _fieldsByName = [];
    private Dictionary<string, SupergraphArgument> _inputFieldsByName = [];
    private Dictionary<string, SupergraphEnumValue> _enumValuesByName = [];
    private Dictionary<string, TypeMembership[]> _membershipsBySubgraph = [];
    private Dictionary<string, EntityKey[]> _keysBySubgraph = [];
    private HashSet<(string, string)> _implements = [];
    private HashSet<(string, string)> _unionMembersIn = [];
    private HashSet<string> _interfaces = [];
    private string[] _subgraphs = [];
    private string[] _possibleTypes = [];

    /// <summary>Whether some subgraph declares a key for the type.</summary>
    public bool IsEntity { get; private set; }

    /// <summary>The distinct subgraphs defining the type, in <see cref="Memberships"/> order.</summary>
    public IReadOnlyList<string> Subgraphs => _subgraphs;

    /// <summary>
    /// The object types a value of this type can be: the type itself for an object type, the
    /// implementing object types for an interface (directly or through other interfaces), the members
    /// for a union; empty for other kinds. Supergraph-wide, in type declaration order.
    /// </summary>
    public IReadOnlyList<string> PossibleTypes => _possibleTypes;

    /// <summary>Whether the subgraph defines the type (has a <c>@join__type</c> for it).</summary>
    public bool IsDefinedIn(string subgraph) => _membershipsBySubgraph.ContainsKey(subgraph);

    /// <summary>The subgraph's memberships (one per key it declares, or one without key).</summary>
    public IReadOnlyList<TypeMembership> MembershipsIn(string subgraph) =>
        _membershipsBySubgraph.TryGetValue(subgraph, out var list) ? list : [];

    /// <summary>The keys the subgraph declares for the type (resolvable or not); empty when none.</summary>
    public IReadOnlyList<EntityKey> KeysIn(string subgraph) =>
        _keysBySubgraph.TryGetValue(subgraph, out var keys) ? keys : [];

    /// <summary>Whether the subgraph holds this interface as an <c>@interfaceObject</c>.</summary>
    public bool IsInterfaceObjectIn(string subgraph) =>
        _membershipsBySubgraph.TryGetValue(subgraph, out var list) && list.Any(m => m.IsInterfaceObject);

    /// <summary>The field with that name, or <see langword="null"/> (also for input objects: see <see cref="GetInputField"/>).</summary>
    public SupergraphField? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    /// <summary>The input object field with that name, or <see langword="null"/>.</summary>
    public SupergraphArgument? GetInputField(string name) => _inputFieldsByName.GetValueOrDefault(name);

    /// <summary>The enum value with that name, or <see langword="null"/>.</summary>
    public SupergraphEnumValue? GetEnumValue(string name) => _enumValuesByName.GetValueOrDefault(name);

    /// <summary>Whether the type implements the interface in the supergraph.</summary>
    public bool Implements(string iface) => _interfaces.Contains(iface);

    /// <summary>Whether the type implements the interface in that subgraph (<c>@join__implements</c>).</summary>
    public bool ImplementsIn(string subgraph, string iface) => _implements.Contains((subgraph, iface));

    /// <summary>Whether the union has that member in that subgraph (<c>@join__unionMember</c>).</summary>
    public bool HasUnionMemberIn(string subgraph, string member) => _unionMembersIn.Contains((subgraph, member));
}
