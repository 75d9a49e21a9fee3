using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>
/// A field of an object or interface type of the supergraph, with the subgraphs that declare it.
/// Input object fields are <see cref="SupergraphArgument"/>s (see <see cref="SupergraphType.InputFields"/>).
/// </summary>
public sealed partial class SupergraphField
{
    internal SupergraphField(SupergraphType parent, string name, GraphQLType type)
    {
        Parent = parent;
        Name = name;
        Type = type;
        NamedType = TypeReferences.NamedTypeOf(type);
    }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>The type declaring the field.</summary>
    public SupergraphType Parent { get; }

    /// <summary>The name of <see cref="Parent"/>.</summary>
    public string ParentName => Parent.Name;

    /// <summary>The schema coordinate, <c>Type.field</c>.</summary>
    public string Coordinate => Parent.Name + "." + Name;

    /// <summary>The field's type as an AST node (e.g. <c>[Review!]!</c>); do not mutate it.</summary>
    public GraphQLType Type { get; }

    /// <summary>The name of the innermost named type of <see cref="Type"/> (look it up with <see cref="Supergraph.TryGetType"/>; built-in scalars are not there).</summary>
    public string NamedType { get; }

    /// <summary>The arguments, in declaration order.</summary>
    public IReadOnlyList<SupergraphArgument> Arguments => ArgumentList;

    /// <summary>Whether the field is <c>@inaccessible</c>: absent from the API schema, yet usable in keys and requirements.</summary>
    public bool IsInaccessible { get; internal set; }

    /// <summary>The description, or <see langword="null"/>.</summary>
    public string? Description { get; internal set; }

    /// <summary>The <c>@deprecated</c> reason, or <see langword="null"/> when not deprecated.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>Other applied directives kept in the supergraph (e.g. <c>@tag</c>, composed directives).</summary>
    public IReadOnlyList<GraphQLDirective> Directives => DirectiveList;

    /// <summary>Subgraph directives carried by <c>@join__directive</c> on this field.</summary>
    public IReadOnlyList<JoinDirective> JoinDirectives => JoinDirectiveList;

    /// <summary>
    /// One entry per subgraph that declares the field (including where it is <c>@external</c> or
    /// lost to an <c>@override</c> but still used). When the supergraph has no <c>@join__field</c>
    /// for the field, there is one plain source per subgraph of the parent's <c>@join__type</c>.
    /// Empty when the field exists on an object type only because an <c>@interfaceObject</c>
    /// contributes it to the interface: resolve it through that interface object's subgraph.
    /// </summary>
    public IReadOnlyList<FieldSource> Sources => SourceList;

    /// <summary>The subgraphs where a plain selection of the field can be fetched (<see cref="FieldSource.IsResolvable"/>), in <see cref="Sources"/> order.</summary>
    public IReadOnlyList<string> ResolvableIn => _resolvableIn;

    internal List<SupergraphArgument> ArgumentList { get; } = [];

    internal List<GraphQLDirective> DirectiveList { get; } = [];

    internal List<JoinDirective> JoinDirectiveList { get; } = [];

    internal List<FieldSource> SourceList { get; } = [];

    /// <inheritdoc/>
    public override string ToString() => Coordinate;
}
