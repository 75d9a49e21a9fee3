// Federation 1 subgraphs (no @link): `extend type` with @key and @external key fields, @extends,
// @provides and @requires in their Federation 1 forms. @apollo/subgraph builds them as Fed 1.
const users = [{ id: "u1", name: "Ada", username: "ada" }, { id: "u2", name: "Alan", username: "alan" }];
const products = [{ upc: "1", name: "Table", weight: 10 }, { upc: "2", name: "Chair", weight: 3 }];
const reviews = [{ id: "r1", body: "Sturdy", authorId: "u1", upc: "1" }, { id: "r2", body: "Wobbly", authorId: "u2", upc: "2" }];

export const subgraphs = [
  {
    name: "accounts",
    typeDefs: `
      type Query { me: User }
      type User @key(fields: "id") { id: ID! name: String username: String }`,
    resolvers: {
      Query: { me: () => users[0] },
      User: { __resolveReference: (ref) => users.find((u) => u.id === ref.id) ?? null },
    },
  },
  {
    name: "products",
    typeDefs: `
      type Query { topProducts: [Product] }
      type Product @key(fields: "upc") { upc: String! name: String weight: Int }`,
    resolvers: {
      Query: { topProducts: () => products },
      Product: { __resolveReference: (ref) => products.find((p) => p.upc === ref.upc) ?? null },
    },
  },
  {
    name: "reviews",
    typeDefs: `
      extend type Query { reviews: [Review] }
      type Review @key(fields: "id") { id: ID! body: String author: User @provides(fields: "username") product: Product }
      extend type User @key(fields: "id") { id: ID! @external username: String @external reviews: [Review] }
      type Product @extends @key(fields: "upc") { upc: String! @external weight: Int @external reviews: [Review] shipping: Int @requires(fields: "weight") }`,
    resolvers: {
      Query: { reviews: () => reviews },
      Review: {
        author: (r) => ({ id: r.authorId, username: users.find((u) => u.id === r.authorId).username }),
        product: (r) => ({ upc: r.upc }),
      },
      User: { reviews: (u) => reviews.filter((r) => r.authorId === u.id) },
      Product: {
        reviews: (p) => reviews.filter((r) => r.upc === p.upc),
        shipping: (p) => {
          if (p.weight === undefined) throw new Error("the representation lacks the required weight");
          return p.weight * 2;
        },
      },
    },
  },
];
