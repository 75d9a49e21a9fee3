using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Errors;

/// <summary>The questions graphql-js asks of input types (<c>isNonNullType</c>, <c>isLeafType</c>, …), over GraphQL.NET's types.</summary>
internal static class InputTypes
{
    /// <summary>The schema type a variable declares (<c>typeFromAST</c>); null when a named type is unknown.</summary>
    public static IGraphType? FromSyntax(GraphQLType type, ISchema schema) => type switch
    {
        GraphQLNonNullType nonNull => FromSyntax(nonNull.Type, schema) is { } inner ? new NonNullGraphType(inner) : null,
        GraphQLListType list => FromSyntax(list.Type, schema) is { } inner ? new ListGraphType(inner) : null,
        GraphQLNamedType named => schema.AllTypes[named.Name.Value],
        _ => null,
    };

    public static bool IsNonNull(IGraphType type) => type is NonNullGraphType;

    /// <summary>The type without its non-null wrapper.</summary>
    public static IGraphType Nullable(IGraphType type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type;

    /// <summary>The type inside every list and non-null wrapper.</summary>
    public static IGraphType Named(IGraphType type) => type.GetNamedType();

    public static bool IsLeaf(IGraphType type) => type is ScalarGraphType;

    /// <summary>Whether an argument or input field must be given: non-null and without a default.</summary>
    public static bool IsRequired(IGraphType type, object? defaultValue) => type is NonNullGraphType && defaultValue is null;

    /// <summary>
    /// graphql-js's <c>isTypeSubTypeOf</c> for input types: a value of <paramref name="type"/> fits where
    /// <paramref name="location"/> is expected (same named type, at least as non-null, the same list nesting).
    /// </summary>
    public static bool IsSubtype(IGraphType type, IGraphType location) => (type, location) switch
    {
        (NonNullGraphType t, NonNullGraphType l) => IsSubtype(t.ResolvedType!, l.ResolvedType!),
        (_, NonNullGraphType) => false,
        (NonNullGraphType t, _) => IsSubtype(t.ResolvedType!, location),
        (ListGraphType t, ListGraphType l) => IsSubtype(t.ResolvedType!, l.ResolvedType!),
        (_, ListGraphType) or (ListGraphType, _) => false,
        _ => type.Name == location.Name,
    };
}
