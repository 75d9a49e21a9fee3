using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>
/// A named type of the supergraph with what federation says about it: the subgraphs that define
/// it, its keys there, and its members. Immutable once the <see cref="Supergraph"/> is built.
/// </summary>
public sealed partial class SupergraphType
{
    internal SupergraphType(string name, SupergraphTypeKind kind)
    {
        Name = name;
        Kind = kind;
    }

    /// <summary>The type name.</summary>
    public string Name { get; }

    /// <summary>The kind of the type in the API schema.</summary>
    public SupergraphTypeKind Kind { get; }

    /// <summary>The description, or <see langword="null"/>.</summary>
    public string? Description { get; internal set; }

    /// <summary>Whether the type is <c>@inaccessible</c>: absent from the API schema.</summary>
    public bool IsInaccessible { get; internal set; }

    /// <summary>Whether the type is an object, interface or union (has a selection set).</summary>
    public bool IsComposite => Kind is SupergraphTypeKind.Object or SupergraphTypeKind.Interface or SupergraphTypeKind.Union;

    /// <summary>Whether the type is an interface or a union.</summary>
    public bool IsAbstract => Kind is SupergraphTypeKind.Interface or SupergraphTypeKind.Union;

    /// <summary>One per <c>@join__type</c>: the subgraphs defining the type, with a key each where it has one.</summary>
    public IReadOnlyList<TypeMembership> Memberships => MembershipList;

    /// <summary>The fields of an object or interface type, in declaration order; empty for other kinds.</summary>
    public IReadOnlyList<SupergraphField> Fields => FieldList;

    /// <summary>The fields of an input object type, in declaration order; empty for other kinds.</summary>
    public IReadOnlyList<SupergraphArgument> InputFields => InputFieldList;

    /// <summary>The interfaces this object or interface type implements in the supergraph.</summary>
    public IReadOnlyList<string> Interfaces => InterfaceList;

    /// <summary>The member types of a union in the supergraph.</summary>
    public IReadOnlyList<string> UnionMembers => UnionMemberList;

    /// <summary>The values of an enum type, in declaration order.</summary>
    public IReadOnlyList<SupergraphEnumValue> EnumValues => EnumValueList;

    /// <summary>Other applied directives kept in the supergraph (e.g. <c>@tag</c>, <c>@specifiedBy</c>, <c>@oneOf</c>, composed directives).</summary>
    public IReadOnlyList<GraphQLDirective> Directives => DirectiveList;

    /// <summary>Subgraph directives carried by <c>@join__directive</c> on this type.</summary>
    public IReadOnlyList<JoinDirective> JoinDirectives => JoinDirectiveList;

    internal List<TypeMembership> MembershipList { get; } = [];

    internal List<SupergraphField> FieldList { get; } = [];

    internal List<SupergraphArgument> InputFieldList { get; } = [];

    internal List<string> InterfaceList { get; } = [];

    internal List<string> UnionMemberList { get; } = [];

    internal List<SupergraphEnumValue> EnumValueList { get; } = [];

    internal List<GraphQLDirective> DirectiveList { get; } = [];

    internal List<JoinDirective> JoinDirectiveList { get; } = [];

    /// <summary>(subgraph, interface) pairs from <c>@join__implements</c>.</summary>
    internal List<(string Subgraph, string Interface)> ImplementsList { get; } = [];

    /// <summary>(subgraph, member) pairs from <c>@join__unionMember</c>.</summary>
    internal List<(string Subgraph, string Member)> UnionMemberInList { get; } = [];

    /// <inheritdoc/>
    public override string ToString() => Name;
}
