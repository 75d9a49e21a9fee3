// Enum and input-object intersections across subgraphs, and @inaccessible on enum values, arguments
// and input fields. Color is an input-only enum (the supergraph keeps the values both subgraphs
// have); Status is an output-only enum (it keeps them all, HIDDEN inaccessible); ItemFilter keeps
// the fields both subgraphs declare; Item carries a @tag.
const fed = (imports) => `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: [${imports}])`;

const items = [
  { id: "i1", color: "RED", status: "ACTIVE" },
  { id: "i2", color: "GREEN", status: "RETIRED" },
  // No item is HIDDEN: a subgraph returning an inaccessible enum value is not covered yet (our
  // gateway passes it through; see the suite's tests).
  { id: "i3", color: "RED", status: "RETIRED" },
];
const stock = { i1: 4, i2: 0, i3: 7 };
const matches = (filter) => (item) => !filter?.color || item.color === filter.color;

export const subgraphs = [
  {
    name: "catalog",
    typeDefs: `${fed(`"@key", "@shareable", "@inaccessible", "@tag"`)}
      type Query {
        items(filter: ItemFilter, debug: Boolean @inaccessible): [Item!]!
        paint(color: Color!): String!
      }
      input ItemFilter { color: Color minPrice: Int secret: String @inaccessible }
      enum Color { RED GREEN }
      enum Status { ACTIVE RETIRED HIDDEN @inaccessible }
      type Item @key(fields: "id") @tag(name: "public") { id: ID! status: Status! @shareable }`,
    resolvers: {
      Query: {
        items: (_, { filter }) => items.filter(matches(filter)),
        paint: (_, { color }) => `painted ${color}`,
      },
      Item: { __resolveReference: (ref) => items.find((i) => i.id === ref.id) ?? null },
    },
  },
  {
    name: "warehouse",
    typeDefs: `${fed(`"@key", "@shareable"`)}
      type Query { stocked(filter: ItemFilter): Int! }
      input ItemFilter { color: Color maxPrice: Int }
      enum Color { RED GREEN YELLOW }
      enum Status { ACTIVE PENDING }
      type Item @key(fields: "id") { id: ID! stock: Int! status: Status! @shareable }`,
    resolvers: {
      Query: { stocked: (_, { filter }) => items.filter(matches(filter)).reduce((n, i) => n + stock[i.id], 0) },
      Item: {
        __resolveReference: (ref) => items.find((i) => i.id === ref.id) ?? null,
        stock: (i) => stock[i.id],
      },
    },
  },
];
