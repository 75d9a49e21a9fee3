using GraphQL.Types;
using GraphQL.Utilities;

namespace Fascicolo.Gateway.ApiSchema;

/// <summary>
/// GraphQL.NET's schema with the introspection graphql-js 16 answers (see <see cref="BuiltInDirectives"/>,
/// <see cref="IntrospectionTypes"/>, <see cref="IntrospectionListing"/>): clients see the same built-ins
/// through our gateway as through the reference gateways.
/// </summary>
internal sealed class ApiGraphQLSchema : Schema
{
    public ApiGraphQLSchema(IServiceProvider services, bool runConfigurations)
        : base(services, runConfigurations)
    {
        // What graphql-js's getIntrospectionQuery can ask for (GraphiQL asks for input value deprecation).
        Features.DeprecationOfInputValues = true;
        Features.RepeatableDirectives = true;
        BuiltInDirectives.Register(Directives);
        var listing = new IntrospectionListing();
        Filter = listing;
        Comparer = listing.Comparer;
    }

    /// <inheritdoc />
    protected override SchemaTypes CreateSchemaTypes()
    {
        var types = base.CreateSchemaTypes();
        // GraphQL.NET adds @deprecated's input value locations while creating the types, after ours.
        BuiltInDirectives.OrderDeprecatedLocations(Directives.Deprecated);
        return types;
    }

    /// <inheritdoc />
    protected override void OnBeforeInitializeType(IGraphType graphType) => IntrospectionTypes.Complete(graphType);

    /// <summary>Builds an <see cref="ApiGraphQLSchema"/> from SDL.</summary>
    internal sealed class Builder : SchemaBuilder
    {
        /// <inheritdoc />
        protected override Schema CreateSchema() => new ApiGraphQLSchema(ServiceProvider, RunConfigurations);
    }
}
