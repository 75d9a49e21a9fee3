using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>What a subgraph element carries besides its name: description, visibility, deprecation, kept directives.</summary>
internal abstract class SubgraphElementDef(string name)
{
    public string Name { get; } = name;

    public string? Description { get; set; }

    public bool IsInaccessible { get; set; }

    public string? DeprecationReason { get; set; }

    public List<GraphQLDirective> Directives { get; } = [];

    public override string ToString() => Name;
}

/// <summary>A field (or input field) as one subgraph defines it.</summary>
internal sealed class SubgraphFieldDef(string name, GraphQLType type) : SubgraphElementDef(name)
{
    public GraphQLType Type { get; } = type;

    public string NamedType { get; } = TypeReferences.NamedTypeOf(type);

    /// <summary>The default value of an input field.</summary>
    public GraphQLValue? DefaultValue { get; set; }

    public List<SubgraphArgumentDef> Arguments { get; } = [];

    public bool IsExternal { get; set; }

    public bool IsShareable { get; set; }

    public string? Requires { get; set; }

    public string? Provides { get; set; }

    public string? OverrideFrom { get; set; }

    public string? OverrideLabel { get; set; }
}

/// <summary>A field argument as one subgraph defines it.</summary>
internal sealed class SubgraphArgumentDef(string name, GraphQLType type) : SubgraphElementDef(name)
{
    public GraphQLType Type { get; } = type;

    public GraphQLValue? DefaultValue { get; set; }
}

/// <summary>An enum value as one subgraph defines it.</summary>
internal sealed class SubgraphEnumValueDef(string name) : SubgraphElementDef(name);
