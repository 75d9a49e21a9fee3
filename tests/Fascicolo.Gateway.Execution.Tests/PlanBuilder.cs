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

    public static ResponsePath Path(params string[] segments) =>
        new(segments.Select(s => s == "@" ? (PathSegment)ListSegment.Instance : new FieldSegment(s)).ToArray());
}
