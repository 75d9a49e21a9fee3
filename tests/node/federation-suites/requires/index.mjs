// @requires suite: plain, with a nested selection, on a field with arguments, a chain (insurance
// requires shippingEstimate, itself requiring price and weight), a requirement through a fragment on
// a union member, requirements with arguments (freightKg and freightLb require weightIn with
// conflicting arguments), and a chain that looks circular (products' total requires shipping's
// estimate, which requires products' price and weight).
const fed = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires"])`;
const inUnit = (weight, unit) => ({ KILOGRAM: weight, POUND: Math.round(weight * 2.2), GRAM: weight * 1000 })[unit];

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
      type Product @key(fields: "id") {
        id: ID!
        price: Int!
        weight: Int!
        weightIn(unit: WeightUnit!): Int!
        dimensions: Dimensions!
        details: Details!
        shippingEstimate: Int! @external
        total: Int! @requires(fields: "shippingEstimate")
      }
      enum WeightUnit { KILOGRAM POUND GRAM }
      type Dimensions { size: String! unit: String! }
      union Details = Fragile | Sturdy
      type Fragile { weight: Int! material: String! }
      type Sturdy { weight: Int! }`,
    resolvers: {
      Query: { products: () => products },
      Product: {
        // Keeps what the representation carries (the shipping estimate products requires) over its own record.
        __resolveReference: (ref) => ({ ...byId(ref.id), ...ref }),
        weightIn: (p, { unit }) => inUnit(p.weight, unit),
        total: (p) => { need(p, "shippingEstimate"); return p.price + p.shippingEstimate; },
      },
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
        weightIn(unit: WeightUnit!): Int! @external
        freightKg: String! @requires(fields: "weightIn(unit: KILOGRAM)")
        freightLb: String! @requires(fields: "weightIn(unit: POUND)")
      }
      enum WeightUnit { KILOGRAM POUND GRAM }
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
        // The representation's weightIn is the value for the argument this field's @requires names.
        freightKg: (p) => { need(p, "weightIn"); return `${p.weightIn} kg`; },
        freightLb: (p) => { need(p, "weightIn"); return `${p.weightIn} lb`; },
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
