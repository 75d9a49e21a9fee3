using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>Helpers over type references (<c>[T!]!</c> AST nodes).</summary>
public static class TypeReferences
{
    /// <summary>The name of the innermost named type of a type reference.</summary>
    public static string NamedTypeOf(GraphQLType type) => type switch
    {
        GraphQLNamedType named => named.Name.StringValue,
        GraphQLNonNullType nonNull => NamedTypeOf(nonNull.Type),
        GraphQLListType list => NamedTypeOf(list.Type),
        _ => throw new ArgumentException($"Unknown type reference node {type.Kind}.", nameof(type)),
    };

    /// <summary>Prints a type reference the way SDL writes it (<c>[ID!]!</c>).</summary>
    public static string Print(GraphQLType type) => type switch
    {
        GraphQLNamedType named => named.Name.StringValue,
        GraphQLNonNullType nonNull => Print(nonNull.Type) + "!",
        GraphQLListType list => "[" + Print(list.Type) + "]",
        _ => throw new ArgumentException($"Unknown type reference node {type.Kind}.", nameof(type)),
    };

    /// <summary>Whether the name is one of the five built-in scalars (<c>Int</c>, <c>Float</c>, <c>String</c>, <c>Boolean</c>, <c>ID</c>).</summary>
    public static bool IsBuiltInScalar(string name) => name is "Int" or "Float" or "String" or "Boolean" or "ID";
}
