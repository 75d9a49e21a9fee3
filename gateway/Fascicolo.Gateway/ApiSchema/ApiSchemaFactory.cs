using Fascicolo.Gateway.Composition;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.ApiSchema;

/// <summary>
/// Builds the GraphQL.NET schema the gateway validates and introspects against: the supergraph's API
/// schema (no join/link plumbing, no federation fields, no <c>@inaccessible</c> elements), SDL-first,
/// with resolvers only for introspection.
/// </summary>
internal static class ApiSchemaFactory
{
    private static readonly HashSet<string> SpecScalars = ["String", "Int", "Float", "Boolean", "ID"];

    private static IObjectGraphType NeverResolved(object value) =>
        throw new InvalidOperationException("The gateway does not resolve abstract types itself.");

    /// <exception cref="InvalidOperationException">GraphQL.NET rejects the API schema.</exception>
    public static ISchema Create(Supergraph supergraph)
    {
        ArgumentNullException.ThrowIfNull(supergraph);
        var definitions = supergraph.ApiSchema.Definitions;
        var schema = Schema.For<ApiGraphQLSchema.Builder>(supergraph.ApiSchemaSdl, builder =>
        {
            // No DI here: nothing resolves fields but introspection.
            builder.RunConfigurations = false;

            // GraphQL.NET insists that abstract types can resolve their runtime type; the gateway never
            // asks it to (subgraphs return __typename), so a resolver that is never called satisfies it.
            foreach (var name in definitions.OfType<GraphQLUnionTypeDefinition>().Select(d => d.Name.StringValue)
                .Concat(definitions.OfType<GraphQLInterfaceTypeDefinition>().Select(d => d.Name.StringValue)))
            {
                builder.Types.For(name).ResolveType = NeverResolved;
            }
        });

        foreach (var scalar in supergraph.ApiSchema.Definitions.OfType<GraphQLScalarTypeDefinition>())
        {
            var name = scalar.Name.StringValue;
            if (!SpecScalars.Contains(name))
            {
                schema.RegisterType(new PassThroughScalarGraphType(name, scalar.Description?.Value.ToString(), SpecifiedByUrl(scalar)));
            }
        }

        BuiltInScalars.Register(schema, supergraph.ApiSchema);
        schema.Initialize();
        return schema;
    }

    private static string? SpecifiedByUrl(GraphQLScalarTypeDefinition scalar) =>
        scalar.Directives?.Items.FirstOrDefault(d => d.Name.StringValue == "specifiedBy")?.Arguments?.Items
            .FirstOrDefault(a => a.Name.StringValue == "url")?.Value is GraphQLStringValue url ? url.Value.ToString() : null;
}
