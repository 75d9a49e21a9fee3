using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>Prints supergraph types with their join directives (the supergraph format).</summary>
internal sealed class JoinTypePrinter : TypePrinter
{
    private readonly Supergraph _supergraph;
    private readonly string _inaccessible;

    public JoinTypePrinter(Supergraph supergraph)
    {
        _supergraph = supergraph;
        var link = supergraph.Links.FirstOrDefault(l => l.Url.StartsWith(LinkedSpecs.InaccessibleIdentity + "/", StringComparison.Ordinal));
        _inaccessible = link?.As ?? link?.Imports.FirstOrDefault(i => i.Name == "@inaccessible")?.As?.TrimStart('@') ?? "inaccessible";
    }

    public static string JoinDirective(Supergraph supergraph, JoinDirective directive)
    {
        var graphs = string.Join(", ", directive.Subgraphs.Select(s => supergraph.TryGetSubgraph(s, out var e) ? e.GraphEnumValue : s));
        var args = directive.Arguments is null ? string.Empty : ", args: " + SdlBuilder.Value(directive.Arguments);
        return $"@join__directive(graphs: [{graphs}], name: {DirectiveValues.FormatString(directive.Name)}{args})";
    }

    protected override bool Includes(SupergraphType type) => true;

    protected override bool Includes(SupergraphField field) => true;

    protected override bool Includes(SupergraphArgument argument) => true;

    protected override bool Includes(SupergraphEnumValue value) => true;

    protected override IEnumerable<string> DirectivesOf(SupergraphType type)
    {
        foreach (var (subgraph, iface) in type.ImplementsList)
        {
            yield return $"@join__implements(graph: {Graph(subgraph)}, interface: {DirectiveValues.FormatString(iface)})";
        }

        foreach (var membership in type.Memberships)
        {
            yield return JoinType(membership);
        }

        foreach (var (subgraph, member) in type.UnionMemberInList)
        {
            yield return $"@join__unionMember(graph: {Graph(subgraph)}, member: {DirectiveValues.FormatString(member)})";
        }

        foreach (var other in Common(type.JoinDirectives, type.IsInaccessible, null, type.Directives))
        {
            yield return other;
        }
    }

    protected override IEnumerable<string> DirectivesOf(SupergraphField field)
    {
        var typeSubgraphs = field.Parent.Subgraphs;
        var implied = field.Sources.Count == typeSubgraphs.Count
            && field.Sources.All(s => s == new FieldSource(s.Subgraph, null, null, false, null, false, null))
            && field.Sources.Select(s => s.Subgraph).Order(StringComparer.Ordinal).SequenceEqual(typeSubgraphs.Order(StringComparer.Ordinal));
        if (field.Sources.Count == 0)
        {
            yield return "@join__field";
        }
        else if (!implied)
        {
            foreach (var source in field.Sources)
            {
                yield return JoinField(source);
            }
        }

        foreach (var other in Common(field.JoinDirectives, field.IsInaccessible, field.DeprecationReason, field.Directives))
        {
            yield return other;
        }
    }

    protected override IEnumerable<string> DirectivesOf(SupergraphArgument argument, SupergraphType? inputObject)
    {
        if (inputObject is not null && !argument.Subgraphs.Order(StringComparer.Ordinal).SequenceEqual(inputObject.Subgraphs.Order(StringComparer.Ordinal)))
        {
            foreach (var subgraph in argument.Subgraphs)
            {
                yield return $"@join__field(graph: {Graph(subgraph)})";
            }
        }

        foreach (var other in Common([], argument.IsInaccessible, argument.DeprecationReason, argument.Directives))
        {
            yield return other;
        }
    }

    protected override IEnumerable<string> DirectivesOf(SupergraphEnumValue value) =>
        value.Subgraphs.Select(s => $"@join__enumValue(graph: {Graph(s)})")
            .Concat(Common([], value.IsInaccessible, value.DeprecationReason, value.Directives));

    private IEnumerable<string> Common(IReadOnlyList<JoinDirective> joinDirectives, bool inaccessible, string? deprecation, IReadOnlyList<GraphQLDirective> directives)
    {
        foreach (var directive in joinDirectives)
        {
            yield return JoinDirective(_supergraph, directive);
        }

        if (inaccessible)
        {
            yield return "@" + _inaccessible;
        }

        if (deprecation is not null)
        {
            yield return Deprecated(deprecation);
        }

        foreach (var directive in directives)
        {
            yield return SdlBuilder.Directive(directive);
        }
    }

    private string JoinType(TypeMembership membership)
    {
        var text = $"@join__type(graph: {Graph(membership.Subgraph)}";
        if (membership.Key is { } key)
        {
            text += $", key: {DirectiveValues.FormatString(key.Fields.Text)}";
        }

        text += membership.IsExtension ? ", extension: true" : string.Empty;
        text += membership.IsResolvable ? string.Empty : ", resolvable: false";
        text += membership.IsInterfaceObject ? ", isInterfaceObject: true" : string.Empty;
        return text + ")";
    }

    private string JoinField(FieldSource source)
    {
        var text = $"@join__field(graph: {Graph(source.Subgraph)}";
        text += source.Requires is { } requires ? $", requires: {DirectiveValues.FormatString(requires.Text)}" : string.Empty;
        text += source.Provides is { } provides ? $", provides: {DirectiveValues.FormatString(provides.Text)}" : string.Empty;
        text += source.TypeInSubgraph is { } type ? $", type: {DirectiveValues.FormatString(type)}" : string.Empty;
        text += source.IsExternal ? ", external: true" : string.Empty;
        text += source.OverrideFrom is { } from ? $", override: {DirectiveValues.FormatString(from)}" : string.Empty;
        text += source.UsedOverridden ? ", usedOverridden: true" : string.Empty;
        text += source.OverrideLabel is { } label ? $", overrideLabel: {DirectiveValues.FormatString(label)}" : string.Empty;
        return text + ")";
    }

    private string Graph(string subgraph) =>
        _supergraph.TryGetSubgraph(subgraph, out var endpoint) ? endpoint.GraphEnumValue : subgraph.ToUpperInvariant();
}
