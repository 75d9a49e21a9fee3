// @override (from a live subgraph and from one that no longer exists), @inaccessible (a key field
// hidden from clients but used between subgraphs, a hidden enum value), @tag, @composeDirective.
const link = (imports) => `extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.3", import: [${imports}])`;

const products = [
  { id: "1", sku: "S-1", name: "Table", status: "ACTIVE" },
  { id: "2", sku: "S-2", name: "Chair", status: "ACTIVE" },
];

export const subgraphs = [
  {
    name: "legacy",
    typeDefs: `${link(`"@key", "@inaccessible", "@tag"`)}
      type Query { products: [Product!]! @tag(name: "public") }
      type Product @key(fields: "id") @key(fields: "sku") {
        id: ID!
        sku: String! @inaccessible
        name: String!
        price: Int!
        status: Status!
      }
      enum Status { ACTIVE RETIRED @inaccessible }`,
    resolvers: {
      Query: { products: () => products },
      // Legacy prices end in 1: a response shows who answered.
      Product: { __resolveReference: (ref) => products.find((p) => p.id === ref.id || p.sku === ref.sku) ?? null, price: () => 1 },
    },
  },
  {
    name: "modern",
    typeDefs: `extend schema
        @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@override", "@inaccessible", "@tag", "@composeDirective"])
        @link(url: "https://specs.fascicolo.dev/audit/v1.0", import: ["@audited"])
        @composeDirective(name: "@audited")
      directive @audited(reason: String!) on FIELD_DEFINITION
      type Product @key(fields: "sku") {
        sku: String! @inaccessible
        price: Int! @override(from: "legacy")
        stock: Int! @override(from: "warehouse") @audited(reason: "stock moved here when warehouse closed")
        label: String! @tag(name: "beta")
      }`,
    resolvers: {
      Product: {
        __resolveReference: (ref) => ref,
        price: (p) => (p.sku === "S-1" ? 200 : 300),
        stock: (p) => (p.sku === "S-1" ? 7 : 0),
        label: (p) => `label of ${p.sku}`,
      },
    },
  },
];
