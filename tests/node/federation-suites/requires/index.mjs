// @requires suite: plain, with a nested selection, on a field with arguments, a chain (insurance
// requires shippingEstimate, itself requiring price and weight), and a requirement through a
// fragment on a union member.
const fed = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires"])`;

const products = [
  { id: "1", price: 100, weight: 10, dimensions: { size: "large", unit: "cm" }, details: { __typename: "Fragile", weight: 10, material: "glass" } },
  { id: "2", price: 20, weight: 2, dimensions: { size: "small", unit: "cm" }, details: { __typename: "Sturdy", weight: 2 } },
];
const byId = (id) => products.find((p) => p.id === id) ?? null;
const need = (ref, ...fields) => {
  for (const f of fields) if (ref[f] === undefined) throw new Error(`the representation lacks the required ${f}`);
};

export const subgraphs = [
  {
    name: "products",
    typeDefs: `${fed}
      type Query { products: [Product!]! }
      type Product @key(fields: "id") { id: ID! price: Int! weight: Int! dimensions: Dimensions! details: Details! }
      type Dimensions { size: String! unit: String! }
      union Details = Fragile | Sturdy
      type Fragile { weight: Int! material: String! }
      type Sturdy { weight: Int! }`,
    resolvers: {
      Query: { products: () => products },
      Product: { __resolveReference: (ref) => byId(ref.id) },
      Details: { __resolveType: (d) => d.__typename },
    },
  },
  {
    name: "shipping",
    typeDefs: `${fed}
      type Product @key(fields: "id") {
        id: ID!
        price: Int! @external
        weight: Int! @external
        dimensions: Dimensions! @external
        details: Details! @external
        shippingEstimate: Int! @requires(fields: "price weight")
        packaging: String! @requires(fields: "dimensions { size }")
        estimate(rush: Boolean!): Int! @requires(fields: "weight")
        handling: String! @requires(fields: "details { ... on Fragile { material } }")
      }
      type Dimensions { size: String! @external }
      union Details = Fragile
      type Fragile { material: String! @external }`,
    resolvers: {
      Product: {
        __resolveReference: (ref) => ref,
        shippingEstimate: (p) => { need(p, "price", "weight"); return p.price > 50 ? 0 : p.weight * 2; },
        packaging: (p) => { need(p, "dimensions"); return p.dimensions.size === "large" ? "crate" : "envelope"; },
        estimate: (p, { rush }) => { need(p, "weight"); return p.weight * (rush ? 3 : 1); },
        handling: (p) => { need(p, "details"); return p.details.material === "glass" ? "careful" : "normal"; },
      },
    },
  },
  {
    name: "insurance",
    typeDefs: `${fed}
      type Product @key(fields: "id") { id: ID! shippingEstimate: Int! @external insurance: Int! @requires(fields: "shippingEstimate") }`,
    resolvers: {
      Product: {
        __resolveReference: (ref) => ref,
        insurance: (p) => { need(p, "shippingEstimate"); return p.shippingEstimate + 5; },
      },
    },
  },
];
