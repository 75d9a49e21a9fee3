using System.Text.Json;
using Fascicolo.Gateway.ApiSchema;
using Fascicolo.Gateway.Composition;
using Fascicolo.Gateway.Documents;

namespace Fascicolo.Gateway.Tests.Support;

/// <summary>
/// The gateway's document pipeline (parse, validate, coerce variables) over one subgraph composed and
/// turned into an API schema as the gateway does. The schema has what graphql-js's messages talk about:
/// an interface, a union, an enum, nested inputs with a required field, lists of non-null, required
/// arguments, a mutation, a custom scalar and a one-of input. The expected messages in the tests are graphql-js 16's
/// (<c>tests/node/node_modules/graphql</c>) for the same schema and documents.
/// </summary>
internal static class TranslationHarness
{
    private const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

        directive @oneOf on INPUT_OBJECT

        type Query {
          me: User
          users: [User]
          topProducts(first: Int = 5): [Product]
          product(upc: String!): Product
          search(text: String!, filter: ProductFilter, limit: Int): [SearchResult]
          node(id: ID!): Node
          byColor(color: Color!): [Product]
          scores(values: [Float!]): Int
          flag(on: Boolean): Boolean
          code(value: FiscalCode): String
          pair(a: Int!, b: String!): String
          lookup(by: ProductKey!): Product
          lookupAny(by: ProductKey): Product
          lookupAll(by: [ProductKey]): [Product]
        }

        type Mutation { rate(upc: String!, stars: Int!): Review }

        interface Node { id: ID! }

        type User implements Node { id: ID! name: String username: String birthday: String reviews: [Review] }

        type Product { upc: String! name: String price: Int weight: Int inStock: Boolean shippingEstimate: Int reviews: [Review] color: Color }

        type Review implements Node { id: ID! body: String author: User product: Product }

        union SearchResult = User | Product

        enum Color { RED GREEN BLUE }

        input ProductFilter { color: Color, minPrice: Int!, tags: [String!], nested: PriceRange }

        input PriceRange { min: Float, max: Float }

        input ProductKey @oneOf { upc: String, name: String, range: PriceRange }

        scalar FiscalCode
        """;

    private static readonly Lazy<(DocumentValidation Validation, VariableCoercion Variables, GraphQL.Types.ISchema Schema)> Pipeline = new(() =>
    {
        var composition = SupergraphComposer.Compose([new SubgraphSource("lab", Sdl, new Uri("http://lab.local/graphql"))]);
        Assert.True(composition.IsSuccess, string.Join("\n", composition.Errors.Select(e => e.Message)));
        var schema = ApiSchemaFactory.Create(composition.Supergraph!);
        return (new DocumentValidation(schema), new VariableCoercion(schema, new GraphQL.SystemTextJson.GraphQLSerializer()), schema);
    });

    /// <summary>The API schema.</summary>
    public static GraphQL.Types.ISchema Schema => Pipeline.Value.Schema;

    /// <summary>The variable coercion the gateway runs.</summary>
    public static VariableCoercion Variables => Pipeline.Value.Variables;

    /// <summary>The document's only operation, validated.</summary>
    public static async Task<PreparedOperation> OperationAsync(string query)
    {
        var document = DocumentParser.Parse(query);
        Assert.Empty(await document.ValidateAsync(Pipeline.Value.Validation));
        return document.GetOperation(0);
    }

    /// <summary>The error of a document that does not parse.</summary>
    public static GraphQLError ParseError(string query) =>
        DocumentParser.Parse(query).ParseError ?? throw new InvalidOperationException($"'{query}' parses.");

    /// <summary>The validation errors of a document that parses.</summary>
    public static Task<IReadOnlyList<GraphQLError>> ValidateAsync(string query) =>
        DocumentParser.Parse(query).ValidateAsync(Pipeline.Value.Validation);

    /// <summary>The errors of coercing <paramref name="variables"/> (JSON) for the document's only operation; empty when accepted.</summary>
    public static async Task<IReadOnlyList<GraphQLError>> CoerceAsync(string query, string variables)
    {
        var document = DocumentParser.Parse(query);
        Assert.Empty(await document.ValidateAsync(Pipeline.Value.Validation));
        using var json = JsonDocument.Parse(variables);
        var coerced = await Pipeline.Value.Variables.CoerceAsync(document.GetOperation(0), json.RootElement, CancellationToken.None);
        return coerced.Errors ?? [];
    }
}
