// @shareable suite: a field several subgraphs resolve (Product.name), shared root fields
// (Query.topProduct in two subgraphs, Query.featured in all three), a shared value type (Money). The
// gateway picks the subgraph that avoids a fetch.
const fed = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])`;

const products = [
  { id: "1", name: "Table", price: { amount: 100, currency: "EUR" }, description: "Oak", tags: ["wood"] },
  { id: "2", name: "Chair", price: { amount: 40, currency: "EUR" }, description: "Beech", tags: [] },
];
const byId = (id) => products.find((p) => p.id === id) ?? null;

export const subgraphs = [
  {
    name: "products",
    typeDefs: `${fed}
      type Query { products: [Product!]! cheap: [Product!]! topProduct: Product @shareable featured: Product @shareable }
      type Product @key(fields: "id") { id: ID! name: String! @shareable price: Money! @shareable }
      type Money @shareable { amount: Int! currency: String! }`,
    resolvers: {
      Query: { products: () => products, cheap: () => products.filter((p) => p.price.amount < 50), topProduct: () => products[0], featured: () => products[1] },
      Product: { __resolveReference: (ref) => byId(ref.id) },
    },
  },
  {
    name: "catalog",
    typeDefs: `${fed}
      type Query { topProduct: Product @shareable featured: Product @shareable }
      type Product @key(fields: "id") { id: ID! name: String! @shareable description: String! price: Money! @shareable }
      type Money @shareable { amount: Int! currency: String! }`,
    resolvers: {
      Query: { topProduct: () => products[0], featured: () => products[1] },
      Product: { __resolveReference: (ref) => byId(ref.id) },
    },
  },
  {
    name: "search",
    typeDefs: `${fed}
      type Query { search(text: String!): [Product!]! featured: Product @shareable }
      type Product @key(fields: "id") { id: ID! name: String! @shareable tags: [String!]! }`,
    resolvers: {
      Query: {
        search: (_, { text }) => products.filter((p) => p.name.toLowerCase().includes(text.toLowerCase()) || text === "*"),
        featured: () => products[1],
      },
      Product: { __resolveReference: (ref) => byId(ref.id) },
    },
  },
];
