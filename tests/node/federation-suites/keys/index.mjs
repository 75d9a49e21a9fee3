// @key suite: several keys on one type (id, composite "sku package", nullable "upc"), a nested key
// (User by "id organization { id }"), a non-resolvable reference (reviews' Product), and entities
// that must not be fetched (a null reference, a null key field).
const fed = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])`;

const products = [
  { id: "1", sku: "S1", package: "box", upc: "U1", name: "Table" },
  { id: "2", sku: "S2", package: "bag", upc: null, name: "Chair" },
  { id: "3", sku: "S1", package: "bag", upc: "U3", name: "Lamp" },
];
const stock = { "S1/box": true, "S2/bag": false, "S1/bag": true };
const prices = { U1: 100, U3: 30 };
const users = [
  { id: "u1", organization: { id: "o1" }, name: "Ada" },
  { id: "u1", organization: { id: "o2" }, name: "Ada at work" },
];
const reviews = [
  { id: "r1", body: "Sturdy", productId: "1", author: { id: "u1", organization: { id: "o1" } } },
  { id: "r2", body: "Wobbly", productId: "2", author: { id: "u1", organization: { id: "o2" } } },
  { id: "r3", body: "Product withdrawn", productId: null, author: { id: "u1", organization: { id: "o1" } } },
];

export const subgraphs = [
  {
    name: "products",
    typeDefs: `${fed}
      type Query { products: [Product!]! product(id: ID!): Product }
      type Product @key(fields: "id") @key(fields: "sku package") @key(fields: "upc") {
        id: ID!
        sku: String!
        package: String!
        upc: String
        name: String!
      }`,
    resolvers: {
      Query: { products: () => products, product: (_, { id }) => products.find((p) => p.id === id) ?? null },
      Product: {
        __resolveReference: (ref) =>
          products.find((p) =>
            ref.id !== undefined ? p.id === ref.id
            : ref.sku !== undefined ? p.sku === ref.sku && p.package === ref.package
            : p.upc !== null && p.upc === ref.upc) ?? null,
      },
    },
  },
  {
    name: "inventory",
    typeDefs: `${fed}
      type Product @key(fields: "sku package") { sku: String! package: String! inStock: Boolean! }`,
    resolvers: {
      Product: { __resolveReference: (ref) => ({ ...ref, inStock: stock[`${ref.sku}/${ref.package}`] ?? false }) },
    },
  },
  {
    name: "pricing",
    typeDefs: `${fed}
      type Product @key(fields: "upc") { upc: String price: Int }`,
    resolvers: {
      Product: {
        // A gateway must not send a representation whose key field is null: this one would fail.
        __resolveReference: (ref) => {
          if (ref.upc === null || ref.upc === undefined) throw new Error("pricing was sent a Product without a upc");
          return { ...ref, price: prices[ref.upc] ?? null };
        },
      },
    },
  },
  {
    name: "accounts",
    typeDefs: `${fed}
      type Query { me: User users: [User!]! }
      type User @key(fields: "id organization { id }") { id: ID! organization: Organization! name: String! }
      type Organization @shareable { id: ID! }`,
    resolvers: {
      Query: { me: () => users[0], users: () => users },
      User: {
        __resolveReference: (ref) => users.find((u) => u.id === ref.id && u.organization.id === ref.organization.id) ?? null,
      },
    },
  },
  {
    name: "reviews",
    typeDefs: `${fed}
      type Query { reviews: [Review!]! }
      type Review { id: ID! body: String! author: User! product: Product }
      type User @key(fields: "id organization { id }") { id: ID! organization: Organization! reviews: [Review!]! }
      type Organization @shareable { id: ID! }
      type Product @key(fields: "id", resolvable: false) { id: ID! }`,
    resolvers: {
      Query: { reviews: () => reviews },
      Review: { product: (r) => (r.productId === null ? null : { id: r.productId }) },
      User: {
        __resolveReference: (ref) => ref,
        reviews: (u) => reviews.filter((r) => r.author.id === u.id && r.author.organization.id === u.organization.id),
      },
    },
  },
];
