using GraphQL.Types;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.ApiSchema;

/// <summary>
/// The spec's scalars with graphql-js's descriptions, which both reference gateways answer and GraphQL.NET
/// leaves out. GraphQL.NET's own scalar graph types are shared by every schema of the process, so the API
/// schema gets instances of its own, registered before it initializes.
/// </summary>
internal static class BuiltInScalars
{
    private static readonly Dictionary<string, Func<ScalarGraphType>> Described = new(StringComparer.Ordinal)
    {
        ["Int"] = () => new IntGraphType
        {
            Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        },
        ["Float"] = () => new FloatGraphType
        {
            Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        },
        ["String"] = () => new StringGraphType
        {
            Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. "
                + "The String type is most often used by GraphQL to represent free-form human-readable text.",
        },
        ["Boolean"] = () => new BooleanGraphType { Description = "The `Boolean` scalar type represents `true` or `false`." },
        ["ID"] = () => new IdGraphType
        {
            Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. "
                + "The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an "
                + "input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        },
    };

    /// <summary>
    /// Registers a described instance of each spec scalar the API schema uses, and of <c>String</c> and
    /// <c>Boolean</c>, which introspection itself uses; an unused one is left out, as graphql-js leaves it out.
    /// </summary>
    public static void Register(Schema schema, GraphQLDocument api)
    {
        var used = new HashSet<string>(StringComparer.Ordinal) { "String", "Boolean" };
        foreach (var definition in api.Definitions)
        {
            foreach (var type in TypeReferences(definition))
            {
                used.Add(NamedType(type));
            }
        }

        foreach (var (name, create) in Described)
        {
            if (used.Contains(name))
            {
                schema.RegisterType(create());
            }
        }
    }

    private static IEnumerable<GraphQLType> TypeReferences(ASTNode definition) => definition switch
    {
        GraphQLObjectTypeDefinition o => Fields(o.Fields),
        GraphQLInterfaceTypeDefinition i => Fields(i.Fields),
        GraphQLInputObjectTypeDefinition input => input.Fields?.Items.Select(f => f.Type) ?? [],
        GraphQLDirectiveDefinition directive => directive.Arguments?.Items.Select(a => a.Type) ?? [],
        _ => [],
    };

    private static IEnumerable<GraphQLType> Fields(GraphQLFieldsDefinition? fields) =>
        fields?.Items.SelectMany(f => (f.Arguments?.Items.Select(a => a.Type) ?? []).Append(f.Type)) ?? [];

    private static string NamedType(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => NamedType(nonNull.Type),
        GraphQLListType list => NamedType(list.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new InvalidOperationException($"Unknown type reference {type.Kind}."),
    };
}
