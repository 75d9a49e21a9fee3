using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>A value of a supergraph enum type.</summary>
public sealed class SupergraphEnumValue
{
    private HashSet<string> _subgraphs = new(StringComparer.Ordinal);

    internal SupergraphEnumValue(string name) => Name = name;

    /// <summary>The value name.</summary>
    public string Name { get; }

    /// <summary>The description, or <see langword="null"/>.</summary>
    public string? Description { get; internal set; }

    /// <summary>Whether the value is <c>@inaccessible</c>: absent from the API schema.</summary>
    public bool IsInaccessible { get; internal set; }

    /// <summary>The <c>@deprecated</c> reason, or <see langword="null"/>.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>Other applied directives kept in the supergraph.</summary>
    public IReadOnlyList<GraphQLDirective> Directives => DirectiveList;

    /// <summary>The subgraphs that know the value (<c>@join__enumValue</c>; every subgraph of the enum when the supergraph has none).</summary>
    public IReadOnlyList<string> Subgraphs => SubgraphList;

    internal List<GraphQLDirective> DirectiveList { get; } = [];

    internal List<string> SubgraphList { get; } = [];

    /// <summary>Whether the subgraph knows this value (so may receive it in a variable, or return it).</summary>
    public bool IsDefinedIn(string subgraph) => _subgraphs.Contains(subgraph);

    internal void Seal() => _subgraphs = new HashSet<string>(SubgraphList, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
