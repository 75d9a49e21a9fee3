// Interfaces and unions across subgraphs: an entity interface (Media) with @interfaceObject in two
// subgraphs (ratings: plain, with fields returning the interface object; picks: with @provides;
// reviews: with @requires), a union, and a union whose members live in different subgraphs
// (Product = Book | Gadget, Gadget only in shop).
const fed = (imports) => `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: [${imports}])`;

const media = [
  { __typename: "Book", id: "m1", title: "Dune", author: "Herbert" },
  { __typename: "Movie", id: "m2", title: "Alien", director: "Scott" },
  { __typename: "Book", id: "m3", title: "Emma", author: "Austen" },
];
const ratings = { m1: 5, m2: 4, m3: 3 };
const prices = { m1: 12, m3: 9 };
const similar = { m1: ["m2"], m2: ["m1", "m3"] };
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
    // Query.topRated and Media.similar return the interface object.
    name: "ratings",
    typeDefs: `${fed(`"@key", "@interfaceObject"`)}
      type Query { topRated: [Media!]! }
      type Media @key(fields: "id") @interfaceObject { id: ID! rating: Int! similar: [Media!]! }`,
    resolvers: {
      Query: { topRated: () => [{ id: "m2" }, { id: "m1" }] },
      Media: {
        __resolveReference: (ref) => ref,
        rating: (m) => ratings[m.id],
        similar: (m) => (similar[m.id] ?? []).map((id) => ({ id })),
      },
    },
  },
  {
    // A field returning the interface object with @provides. Its own subgraph, because the guild
    // composer 0.x drops every @join__field of Media.title (making it look resolvable everywhere)
    // once all subgraphs defining Media declare it, external ones included. Media comes before
    // Query: it fails ("Expected Media to be an interface type") when a @provides reaches an
    // interface object it has not seen yet.
    name: "picks",
    typeDefs: `${fed(`"@key", "@interfaceObject", "@external", "@provides"`)}
      type Media @key(fields: "id") @interfaceObject { id: ID! title: String! @external }
      type Query { editorsPick: Media! @provides(fields: "title") }`,
    resolvers: {
      Query: { editorsPick: () => ({ id: "m3", title: "Emma" }) },
      Media: { __resolveReference: (ref) => ref },
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
