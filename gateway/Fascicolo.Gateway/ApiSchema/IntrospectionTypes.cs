using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.ApiSchema;

/// <summary>
/// Completes GraphQL.NET 8's introspection types, before the schema initializes them, with what graphql-js 16
/// (and so both reference gateways) has and GraphQL.NET lacks: <c>__Type.specifiedByURL</c> (spec, October
/// 2021), <c>includeDeprecated</c> on <c>__Directive.args</c> (spec draft) and on <c>__Schema.directives</c>,
/// <c>__Directive.isDeprecated</c> and <c>deprecationReason</c>, and the <c>DIRECTIVE_DEFINITION</c> location
/// (graphql-js's experimental directive deprecation, listed by both peers; no directive of an API schema is
/// deprecated, so those always answer false and null); and graphql-js's wording where GraphQL.NET's differs.
/// </summary>
internal static class IntrospectionTypes
{
    /// <summary>
    /// <c>DIRECTIVE_DEFINITION</c>: GraphQLParser 9 has no such location, so it gets the first value past the
    /// parser's own; only introspection ever sees it.
    /// </summary>
    public static readonly DirectiveLocation DirectiveDefinition = Enum.GetValues<DirectiveLocation>().Max() + 1;

    /// <summary>graphql-js's <c>__Type</c> description, which mentions <c>specifiedByURL</c>.</summary>
    private const string TypeDescription =
        "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum."
        + "\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a "
        + "name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields "
        + "they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.";

    /// <summary>Completes <paramref name="type"/> when it is one of the introspection types this adds to.</summary>
    public static void Complete(IGraphType type)
    {
        switch (type)
        {
            case __Type typeType:
                typeType.Description = TypeDescription;
                typeType.AddField(new FieldType
                {
                    Name = "specifiedByURL",
                    Type = typeof(StringGraphType),
                    Resolver = new FuncFieldResolver<string?>(context => (context.Source as PassThroughScalarGraphType)?.SpecifiedByUrl),
                });
                break;
            case __Directive directive:
                AddIncludeDeprecated(directive.GetField("args"));
                directive.AddField(new FieldType { Name = "isDeprecated", Type = typeof(NonNullGraphType<BooleanGraphType>), Resolver = new FuncFieldResolver<bool>(_ => false) });
                directive.AddField(new FieldType { Name = "deprecationReason", Type = typeof(StringGraphType), Resolver = new FuncFieldResolver<string?>(_ => null) });
                break;
            case __Schema schema:
                // Validation only: no directive of an API schema is deprecated, so the list is the same either way.
                AddIncludeDeprecated(schema.GetField("directives"), typeof(NonNullGraphType<BooleanGraphType>));
                // graphql-js's wording, grammar slip included.
                schema.GetField("subscriptionType")!.Description = "If this server support subscription, the type that subscription operations will be rooted at.";
                break;
            case __DirectiveLocation location:
                location.Add("DIRECTIVE_DEFINITION", DirectiveDefinition, "Location adjacent to a directive definition.");
                Reword(location, "ENUM", "Location adjacent to an enum definition.");
                Reword(location, "ENUM_VALUE", "Location adjacent to an enum value definition.");
                break;
            case __TypeKind kind:
                kind.Description = "An enum describing what kind of type a given `__Type` is.";
                Reword(kind, "OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields.");
                Reword(kind, "INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.");
                break;
            default:
                break;
        }
    }

    private static void AddIncludeDeprecated(FieldType? field, Type? type = null)
    {
        if (field is not null && field.Arguments?.Find("includeDeprecated") is null)
        {
            field.Arguments ??= new QueryArguments();
            field.Arguments.Add(new QueryArgument(type ?? typeof(BooleanGraphType)) { Name = "includeDeprecated", DefaultValue = false });
        }
    }

    private static void Reword(EnumerationGraphType type, string value, string description)
    {
        if (type.Values.FindByName(value) is { } definition)
        {
            definition.Description = description;
        }
    }
}
