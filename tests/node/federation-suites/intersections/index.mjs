// Enum and input-object intersections across subgraphs, and @inaccessible on enum values, arguments
// and input fields. Color is an input-only enum (the supergraph keeps the values both subgraphs
// have); Status is an output-only enum (it keeps them all, HIDDEN inaccessible); ItemFilter keeps
// the fields both subgraphs declare; Item carries a @tag.
const fed = (imports) => `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: [${imports}])`;

const items = [
  { id: "i1", color: "RED", status: "ACTIVE" },
  { id: "i2", color: "GREEN", status: "RETIRED" },
  { id: "i3", color: "RED", status: "RETIRED" },
];
// Archived items carry the inaccessible HIDDEN: the subgraph may return it, the API schema has no such
// value, so a gateway must not pass it to clients (result coercion against the API schema).
const archived = [
  { id: "a1", color: "RED", status: "ACTIVE", lastStatus: "RETIRED", history: ["ACTIVE", "RETIRED"], flags: ["ACTIVE"] },
  { id: "a2", color: "GREEN", status: "HIDDEN", lastStatus: "HIDDEN", history: ["ACTIVE", "HIDDEN"], flags: ["ACTIVE", "HIDDEN"] },
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
        archived: [Item]!
      }
      input ItemFilter { color: Color minPrice: Int secret: String @inaccessible }
      enum Color { RED GREEN }
      enum Status { ACTIVE RETIRED HIDDEN @inaccessible }
      type Item @key(fields: "id") @tag(name: "public") { id: ID! status: Status! @shareable lastStatus: Status history: [Status] flags: [Status!] }`,
    resolvers: {
      Query: {
        items: (_, { filter }) => items.filter(matches(filter)),
        paint: (_, { color }) => `painted ${color}`,
        archived: () => archived,
      },
      Item: { __resolveReference: (ref) => items.find((i) => i.id === ref.id) ?? archived.find((i) => i.id === ref.id) ?? null },
    },
  },
  {
    name: "warehouse",
    typeDefs: `${fed(`"@key", "@shareable"`)}
      type Query { stocked(filter: ItemFilter): Int! restock: [Item!]! }
      input ItemFilter { color: Color maxPrice: Int }
      enum Color { RED GREEN YELLOW }
      enum Status { ACTIVE PENDING }
      type Item @key(fields: "id") { id: ID! stock: Int! status: Status! @shareable }`,
    resolvers: {
      Query: {
        stocked: (_, { filter }) => items.filter(matches(filter)).reduce((n, i) => n + stock[i.id], 0),
        restock: () => archived.map((i) => ({ id: i.id })),
      },
      Item: {
        __resolveReference: (ref) => items.find((i) => i.id === ref.id) ?? archived.find((i) => i.id === ref.id) ?? null,
        stock: (i) => stock[i.id] ?? 0,
      },
    },
  },
];
