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
        var schema = Schema.For(supergraph.ApiSchemaSdl, builder =>
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

        // What graphql-js's getIntrospectionQuery can ask for (GraphiQL asks for input value deprecation).
        schema.Features.DeprecationOfInputValues = true;
        schema.Features.RepeatableDirectives = true;
        foreach (var scalar in supergraph.ApiSchema.Definitions.OfType<GraphQLScalarTypeDefinition>())
        {
            var name = scalar.Name.StringValue;
            if (!SpecScalars.Contains(name))
            {
                schema.RegisterType(new PassThroughScalarGraphType(name, scalar.Description?.Value.ToString()));
            }
        }

        schema.Initialize();
        AllowDeprecatedDirectiveArguments(schema);
        return schema;
    }

    /// <summary>
    /// Adds <c>includeDeprecated</c> to <c>__Directive.args</c>, which graphql-js's introspection query asks
    /// for with <c>inputValueDeprecation: true</c> (the current spec draft has it) and GraphQL.NET 8 lacks.
    /// Directive arguments cannot be deprecated here, so the argument changes nothing but validation.
    /// </summary>
    private static void AllowDeprecatedDirectiveArguments(Schema schema)
    {
        if (schema.AllTypes["__Directive"] is IComplexGraphType directive
            && directive.GetField("args") is { } args
            && args.Arguments?.Find("includeDeprecated") is null
            && schema.AllTypes["Boolean"] is { } boolean)
        {
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument(boolean) { Name = "includeDeprecated", DefaultValue = false });
        }
    }
}
