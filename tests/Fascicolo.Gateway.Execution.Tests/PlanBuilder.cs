using Fascicolo.Gateway.Planning;

namespace Fascicolo.Gateway.Execution.Tests;

/// <summary>Terse construction of hand-written plans and shapes for executor tests.</summary>
internal static class PlanBuilder
{
    public static TypeShape Named(string name, bool nonNull = false) => new(nonNull, null, name);

    public static TypeShape ListOf(TypeShape item, bool nonNull = false) => new(nonNull, item, item.NamedType);

    public static ShapeField Leaf(string key, string type = "String", bool nonNull = false, string? name = null) =>
        new(key, name ?? key, Named(type, nonNull), null);

    public static ShapeField Object(string key, TypeShape type, SelectionShape selection, string? name = null) =>
        new(key, name ?? key, type, selection);

    /// <summary>The field, refused with code FORBIDDEN and reason TEST.</summary>
    public static ShapeField Refused(ShapeField field) =>
        field with { Selection = null, Refusal = new FieldRefusal("Not for you.", "FORBIDDEN", "TEST") };

    public static SelectionShape Shape(string type, params ShapeField[] fields) =>
        new(type, false, new Dictionary<string, IReadOnlyList<ShapeField>> { [type] = fields });

    public static SelectionShape AbstractShape(string type, Dictionary<string, IReadOnlyList<ShapeField>> byType) =>
        new(type, true, byType);

    public static FetchNode Root(int id, string subgraph, string document, params string[] variables) =>
        new(id, subgraph, document, null, variables, null);

    public static FetchNode Entities(int id, string subgraph, string document, string type, params string[] keyFields) =>
        new(id, subgraph, document, null, [], [
            new RepresentationFragment(new HashSet<string> { type }, null, keyFields.Select(k => new RepresentationField(k, k, null)).ToArray()),
        ]);

    /// <summary>
    /// An entity fetch as the planner makes it (document shaped by FetchDocumentWriter, its selection and
    /// variable definitions beside it), which the executor may merge with others to the same subgraph.
    /// </summary>
    public static FetchNode PlannedEntities(int id, string subgraph, string selection, string type, string keyField, string? operationName = null, params (string Name, string Definition)[] variables)
    {
        var definitions = string.Join(", ", variables.Select(v => v.Definition).Prepend("$representations: [_Any!]!"));
        var header = operationName is null ? "query" : "query " + operationName;
        var document = $"{header}({definitions}) {{ _entities(representations: $representations) {selection} }}";
        return new FetchNode(id, subgraph, document, operationName, [.. variables.Select(v => v.Name)], [
            new RepresentationFragment(new HashSet<string> { type }, null, [new RepresentationField(keyField, keyField, null, IsKey: true)]),
        ])
        {
            EntitySelection = selection,
            VariableDefinitions = [.. variables.Select(v => v.Definition)],
        };
    }

    public static ResponsePath Path(params string[] segments) =>
        new(segments.Select(s => s == "@" ? (PathSegment)ListSegment.Instance : new FieldSegment(s)).ToArray());
}
