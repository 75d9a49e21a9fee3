namespace Fascicolo.Gateway.Planning.Tests.Support;

/// <summary>
/// The classic federation demo graph (accounts, inventory, products, reviews) used by gateway
/// benchmarks, as <c>@theguild/federation-composition</c> 0.27 composes it.
/// </summary>
internal static class BenchmarkSupergraph
{
    public static string Sdl { get; } = Supergraphs.Join("accounts, inventory, products, reviews", """
        type Query @join__type(graph: ACCOUNTS) @join__type(graph: INVENTORY) @join__type(graph: PRODUCTS) @join__type(graph: REVIEWS) {
          me: User @join__field(graph: ACCOUNTS)
          users: [User] @join__field(graph: ACCOUNTS)
          topProducts(first: Int = 5): [Product] @join__field(graph: PRODUCTS)
        }

        type User @join__type(graph: ACCOUNTS, key: "id") @join__type(graph: REVIEWS, key: "id") {
          id: ID!
          name: String @join__field(graph: ACCOUNTS)
          username: String @join__field(graph: ACCOUNTS) @join__field(graph: REVIEWS, external: true)
          reviews: [Review] @join__field(graph: REVIEWS)
        }

        type Product @join__type(graph: INVENTORY, key: "upc") @join__type(graph: PRODUCTS, key: "upc") @join__type(graph: REVIEWS, key: "upc") {
          upc: String!
          weight: Int @join__field(graph: INVENTORY, external: true) @join__field(graph: PRODUCTS)
          price: Int @join__field(graph: INVENTORY, external: true) @join__field(graph: PRODUCTS)
          inStock: Boolean @join__field(graph: INVENTORY)
          shippingEstimate: Int @join__field(graph: INVENTORY, requires: "price weight")
          name: String @join__field(graph: PRODUCTS)
          reviews: [Review] @join__field(graph: REVIEWS)
        }

        type Review @join__type(graph: REVIEWS, key: "id") {
          id: ID!
          body: String
          author: User @join__field(graph: REVIEWS, provides: "username")
          product: Product
        }
        """);

    /// <summary>The well-known gateway benchmark query: products, their reviews, authors, their reviews, authors.</summary>
    public const string Query = """
        query TopProducts {
          topProducts {
            ...ProductInfo
            reviews {
              ...ReviewInfo
              author {
                ...UserInfo
                reviews {
                  ...ReviewInfo
                  author {
                    ...UserInfo
                  }
                }
              }
            }
          }
        }

        fragment ProductInfo on Product {
          upc
          name
          price
          weight
          inStock
          shippingEstimate
        }

        fragment ReviewInfo on Review {
          id
          body
        }

        fragment UserInfo on User {
          id
          username
          name
        }
        """;
}
