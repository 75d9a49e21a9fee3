// Interfaces and unions spread over subgraphs, second part: an entity interface (Item, owned by
// catalog) whose implementations' own fields live in other subgraphs (books, pens); a child-type
// mismatch (Book.similar returns the Item interface in catalog and Book in store); a partial union
// (store's Result has Book only); abstract types inside entity fetches (owners' Person.belongings, a
// union, and Person.favourite, an @interfaceObject); and a circular reference through the interface
// (Item.owners returns people whose favourite is an Item).
const fed = (imports) => `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: [${imports}])`;

const items = [
  { __typename: "Book", id: "b1", title: "Dune", isbn: "111", authorId: "p1", similarId: "b2" },
  { __typename: "Book", id: "b2", title: "Emma", isbn: "222", authorId: "p2", similarId: "b1" },
  { __typename: "Pen", id: "n1", title: "Blue pen", ink: "blue" },
];
const people = [
  { id: "p1", name: "Ada", favouriteId: "b2", belongingIds: ["b1", "n1"] },
  { id: "p2", name: "Bob", favouriteId: "n1", belongingIds: ["b2"] },
];
const item = (id) => items.find((i) => i.id === id) ?? null;
const person = (id) => people.find((p) => p.id === id) ?? null;
const ref = (i) => ({ __typename: i.__typename, id: i.id });

export const subgraphs = [
  {
    name: "catalog",
    typeDefs: `${fed(`"@key", "@shareable"`)}
      type Query { items: [Item!]! search: [Result!]! }
      interface Item @key(fields: "id") { id: ID! title: String! }
      type Book implements Item @key(fields: "id") { id: ID! title: String! similar: Item @shareable }
      type Pen implements Item @key(fields: "id") { id: ID! title: String! }
      union Result = Book | Pen`,
    resolvers: {
      Query: { items: () => items, search: () => [items[2], items[0]] },
      Item: { __resolveReference: (r) => item(r.id), __resolveType: (i) => i.__typename },
      Book: { __resolveReference: (r) => item(r.id), similar: (b) => item(b.similarId) },
      Pen: { __resolveReference: (r) => item(r.id) },
      Result: { __resolveType: (i) => i.__typename },
    },
  },
  {
    name: "books",
    typeDefs: `${fed(`"@key"`)}
      type Book @key(fields: "id") { id: ID! isbn: String! author: Person! }
      type Person @key(fields: "id", resolvable: false) { id: ID! }`,
    resolvers: {
      Book: { __resolveReference: (r) => item(r.id), author: (b) => ({ id: b.authorId }) },
    },
  },
  {
    name: "pens",
    typeDefs: `${fed(`"@key"`)}
      type Pen @key(fields: "id") { id: ID! ink: String! }`,
    resolvers: { Pen: { __resolveReference: (r) => item(r.id) } },
  },
  {
    // Book.similar is Book here, Item in catalog: the same shareable field with a narrower type.
    name: "store",
    typeDefs: `${fed(`"@key", "@shareable"`)}
      type Query { bestseller: Book! storeSearch: [Result!]! }
      type Book @key(fields: "id") { id: ID! similar: Book @shareable }
      union Result = Book`,
    resolvers: {
      Query: { bestseller: () => ref(items[0]), storeSearch: () => [ref(items[1])] },
      Book: { __resolveReference: (r) => ref(item(r.id)), similar: (b) => ref(item(item(b.id).similarId)) },
      Result: { __resolveType: (i) => i.__typename },
    },
  },
  {
    // Knows Item as an interface object only: favourite and owners go round through the interface.
    name: "owners",
    typeDefs: `${fed(`"@key", "@interfaceObject"`)}
      type Query { people: [Person!]! }
      type Person @key(fields: "id") { id: ID! name: String! favourite: Item belongings: [Belonging!]! }
      type Item @key(fields: "id") @interfaceObject { id: ID! owners: [Person!]! }
      union Belonging = Book | Pen
      type Book @key(fields: "id") { id: ID! }
      type Pen @key(fields: "id") { id: ID! }`,
    resolvers: {
      Query: { people: () => people },
      Person: {
        __resolveReference: (r) => person(r.id),
        favourite: (p) => ({ id: p.favouriteId }),
        belongings: (p) => p.belongingIds.map((id) => ref(item(id))),
      },
      Item: {
        __resolveReference: (r) => ({ id: r.id }),
        owners: (i) => people.filter((p) => p.belongingIds.includes(i.id)),
      },
      Belonging: { __resolveType: (i) => i.__typename },
    },
  },
];
