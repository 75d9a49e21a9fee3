using GraphQL.Introspection;
using GraphQL.Types;

namespace Fascicolo.Gateway.ApiSchema;

/// <summary>
/// What introspection lists of the introspection types themselves, and in which order, as graphql-js 16
/// (both reference gateways) lists it: <c>__Directive.isRepeatable</c> shown (GraphQL.NET hides it even with
/// the feature on), GraphQL.NET's pre-spec <c>onOperation</c>, <c>onFragment</c> and <c>onField</c> not shown,
/// and the fields of <c>__Type</c> and <c>__Directive</c> in graphql-js's order (GraphQL.NET adds the ones
/// <see cref="IntrospectionTypes"/> completes at the end).
/// </summary>
/// <remarks>
/// DIVERGENCE: the three pre-spec fields stay queryable (GraphQL.NET has no way to remove a field), where the
/// peers reject them; they are only left out of the listing.
/// </remarks>
internal sealed class IntrospectionListing : DefaultSchemaFilter
{
    private static readonly Dictionary<string, string[]> FieldOrder = new(StringComparer.Ordinal)
    {
        ["__Type"] = ["kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues", "inputFields", "ofType", "isOneOf"],
        ["__Directive"] = ["name", "description", "isRepeatable", "locations", "args", "isDeprecated", "deprecationReason"],
    };

    /// <summary>The order of the fields introspection lists.</summary>
    public ISchemaComparer Comparer { get; } = new OrderComparer();

    /// <inheritdoc />
    public override Task<bool> AllowField(IGraphType parent, IFieldType field)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(field);
        // Names starting with __ are reserved to introspection, so only the introspection types match.
        return FieldOrder.TryGetValue(parent.Name, out var listed) ? Task.FromResult(listed.Contains(field.Name)) : base.AllowField(parent, field);
    }

    private sealed class OrderComparer : DefaultSchemaComparer
    {
        public override IComparer<IFieldType>? FieldComparer(IGraphType parent) =>
            FieldOrder.TryGetValue(parent.Name, out var order)
                ? Comparer<IFieldType>.Create((a, b) => Array.IndexOf(order, a.Name).CompareTo(Array.IndexOf(order, b.Name)))
                : null;
    }
}
