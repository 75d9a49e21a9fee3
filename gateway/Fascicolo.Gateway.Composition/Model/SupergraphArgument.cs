using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>An argument of a supergraph field, or a field of an input object type.</summary>
public sealed class SupergraphArgument
{
    internal SupergraphArgument(string name, GraphQLType type)
    {
        Name = name;
        Type = type;
        NamedType = TypeReferences.NamedTypeOf(type);
    }

    /// <summary>The argument (or input field) name.</summary>
    public string Name { get; }

    /// <summary>The type as an AST node (e.g. <c>[ID!]!</c>); do not mutate it.</summary>
    public GraphQLType Type { get; }

    /// <summary>The name of the innermost named type of <see cref="Type"/>.</summary>
    public string NamedType { get; }

    /// <summary>The default value, or <see langword="null"/>.</summary>
    public GraphQLValue? DefaultValue { get; internal set; }

    /// <summary>The description, or <see langword="null"/>.</summary>
    public string? Description { get; internal set; }

    /// <summary>Whether the element is <c>@inaccessible</c>: absent from the API schema.</summary>
    public bool IsInaccessible { get; internal set; }

    /// <summary>The <c>@deprecated</c> reason, or <see langword="null"/> when not deprecated.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>Other applied directives kept in the supergraph (e.g. <c>@tag</c>, composed directives).</summary>
    public IReadOnlyList<GraphQLDirective> Directives => DirectiveList;

    /// <summary>For an input object field: the subgraphs that declare it (from <c>@join__field</c>); empty for a field argument.</summary>
    public IReadOnlyList<string> Subgraphs => SubgraphList;

    internal List<GraphQLDirective> DirectiveList { get; } = [];

    internal List<string> SubgraphList { get; } = [];

    /// <inheritdoc/>
    public override string ToString() => Name;
}
