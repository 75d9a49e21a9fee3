using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>
/// One subgraph, parsed and normalised: federation directives resolved whatever their local names
/// (renamed imports, <c>federation__</c> prefixes, Federation 1 defaults) into flags and field sets.
/// </summary>
internal sealed class SubgraphSchema(string name, Uri? url, int federationVersion)
{
    public string Name { get; } = name;

    public Uri? Url { get; } = url;

    /// <summary>1 for a Federation 1 SDL (no <c>@link</c> to the federation spec), else 2.</summary>
    public int FederationVersion { get; } = federationVersion;

    public List<SubgraphTypeDef> TypeList { get; } = [];

    public Dictionary<string, SubgraphTypeDef> Types { get; } = new(StringComparer.Ordinal);

    /// <summary>Directive definitions that are neither federation's nor built in.</summary>
    public List<GraphQLDirectiveDefinition> DirectiveDefinitions { get; } = [];

    /// <summary>The directives named by <c>@composeDirective</c>, without <c>@</c>.</summary>
    public List<string> ComposedDirectives { get; } = [];

    /// <summary>The links to specs other than federation and link (custom specs of composed directives).</summary>
    public List<LinkedSpec> OtherLinks { get; } = [];

    /// <summary>Federation directive definitions the subgraph wrote itself, to check they match the spec.</summary>
    public List<(string Element, GraphQLDirectiveDefinition Definition)> FederationDefinitions { get; } = [];

    public SubgraphTypeDef? GetType(string typeName) => Types.GetValueOrDefault(typeName);

    public override string ToString() => Name;
}

/// <summary>A type as one subgraph defines it (definition and extensions folded together).</summary>
internal sealed class SubgraphTypeDef(string name, SupergraphTypeKind kind)
{
    public string Name { get; } = name;

    /// <summary>The kind as written in the subgraph (an <c>@interfaceObject</c> is an object here).</summary>
    public SupergraphTypeKind Kind { get; } = kind;

    public string? Description { get; set; }

    /// <summary>Only extended in this subgraph (<c>extend type</c> without a definition, or <c>@extends</c>).</summary>
    public bool IsExtension { get; set; }

    public bool HasDefinition { get; set; }

    public List<(string Fields, bool Resolvable)> Keys { get; } = [];

    public bool IsShareable { get; set; }

    public bool IsInaccessible { get; set; }

    public bool IsInterfaceObject { get; set; }

    /// <summary>Kept directives: <c>@tag</c> (renamed to <c>tag</c>), <c>@specifiedBy</c>, <c>@oneOf</c>, composed ones.</summary>
    public List<GraphQLDirective> Directives { get; } = [];

    /// <summary>Object and interface fields, or input object fields, in order.</summary>
    public List<SubgraphFieldDef> Fields { get; } = [];

    public List<string> Interfaces { get; } = [];

    public List<string> UnionMembers { get; } = [];

    public List<SubgraphEnumValueDef> EnumValues { get; } = [];

    public SubgraphFieldDef? GetField(string fieldName) => Fields.Find(f => f.Name == fieldName);

    public override string ToString() => Name;
}
