// Interfaces and unions across subgraphs: an entity interface (Media) with @interfaceObject in two
// subgraphs (ratings: plain; reviews: with @requires), a union, and a union whose members live in
// different subgraphs (Product = Book | Gadget, Gadget only in shop).
const fed = (imports) => `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: [${imports}])`;

const media = [
  { __typename: "Book", id: "m1", title: "Dune", author: "Herbert" },
  { __typename: "Movie", id: "m2", title: "Alien", director: "Scott" },
  { __typename: "Book", id: "m3", title: "Emma", author: "Austen" },
];
const ratings = { m1: 5, m2: 4, m3: 3 };
const prices = { m1: 12, m3: 9 };
const byId = (id) => media.find((m) => m.id === id) ?? null;

export const subgraphs = [
  {
    name: "media",
    typeDefs: `${fed(`"@key"`)}
      type Query { media: [Media!]! search: [SearchResult!]! }
      interface Media @key(fields: "id") { id: ID! title: String! }
      type Book implements Media @key(fields: "id") { id: ID! title: String! author: String! }
      type Movie implements Media @key(fields: "id") { id: ID! title: String! director: String! }
      union SearchResult = Book | Movie`,
    resolvers: {
      Query: { media: () => media, search: () => [media[1], media[0]] },
      Media: { __resolveReference: (ref) => byId(ref.id), __resolveType: (m) => m.__typename },
      Book: { __resolveReference: (ref) => byId(ref.id) },
      Movie: { __resolveReference: (ref) => byId(ref.id) },
      SearchResult: { __resolveType: (m) => m.__typename },
    },
  },
  {
    name: "ratings",
    typeDefs: `${fed(`"@key", "@interfaceObject"`)}
      type Query { topRated: [Media!]! }
      type Media @key(fields: "id") @interfaceObject { id: ID! rating: Int! }`,
    resolvers: {
      Query: { topRated: () => [{ id: "m2" }, { id: "m1" }] },
      Media: { __resolveReference: (ref) => ref, rating: (m) => ratings[m.id] },
    },
  },
  {
    name: "reviews",
    typeDefs: `${fed(`"@key", "@interfaceObject", "@external", "@requires"`)}
      type Media @key(fields: "id") @interfaceObject { id: ID! title: String! @external blurb: String! @requires(fields: "title") }`,
    resolvers: {
      Media: {
        __resolveReference: (ref) => ref,
        blurb: (m) => {
          if (m.title === undefined) throw new Error("the representation lacks the required title");
          return `${m.title}: a must`;
        },
      },
    },
  },
  {
    name: "shop",
    typeDefs: `${fed(`"@key"`)}
      type Query { catalog: [Product!]! }
      union Product = Book | Gadget
      type Book @key(fields: "id") { id: ID! price: Int! }
      type Gadget { id: ID! name: String! }`,
    resolvers: {
      Query: { catalog: () => [{ __typename: "Book", id: "m3" }, { __typename: "Gadget", id: "g1", name: "Lamp" }] },
      Product: { __resolveType: (p) => p.__typename },
      Book: { __resolveReference: (ref) => ref, price: (b) => prices[b.id] },
    },
  },
];
