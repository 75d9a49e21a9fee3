// @external + @provides suite: reviews provides the author's username, inventory provides a nested
// selection (a product's name and its vendor's name), a field of an interface's implementation, fields
// of a union's members (listings), and a nested selection inside an interface's fragment (deliveries).
const fed = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@provides"])`;

const users = [{ id: "u1", username: "ada", name: "Ada Lovelace" }, { id: "u2", username: "alan", name: "Alan Turing" }];
const vendors = [{ id: "v1", name: "Acme", country: "IT" }];
const products = [
  { id: "p1", name: "Table", vendorId: "v1", kind: "Furniture" },
  { id: "p2", name: "Book of tables", vendorId: "v1", kind: "Book", isbn: "978-0" },
];
const reviews = [{ id: "r1", body: "Sturdy", authorId: "u1", editorId: "u2" }, { id: "r2", body: "Good read", authorId: "u2", editorId: "u2" }];
const user = (id) => users.find((u) => u.id === id) ?? null;
const product = (id) => products.find((p) => p.id === id) ?? null;
const vendor = (id) => vendors.find((v) => v.id === id) ?? null;

export const subgraphs = [
  {
    name: "accounts",
    typeDefs: `${fed}
      type User @key(fields: "id") { id: ID! username: String! @shareable name: String! }`,
    resolvers: { User: { __resolveReference: (ref) => user(ref.id) } },
  },
  {
    name: "reviews",
    typeDefs: `${fed}
      type Query { reviews: [Review!]! }
      type Review @key(fields: "id") { id: ID! body: String! author: User! @provides(fields: "username") editor: User! }
      type User @key(fields: "id") { id: ID! username: String! @external }`,
    resolvers: {
      Query: { reviews: () => reviews },
      Review: {
        // What this subgraph provides it returns; the editor's username it may not answer.
        author: (r) => ({ id: r.authorId, username: user(r.authorId).username }),
        editor: (r) => ({ id: r.editorId }),
      },
    },
  },
  {
    name: "products",
    typeDefs: `${fed}
      interface Item { id: ID! name: String! }
      type Furniture implements Item @key(fields: "id") { id: ID! name: String! @shareable vendor: Vendor! @shareable }
      type Book implements Item @key(fields: "id") { id: ID! name: String! @shareable vendor: Vendor! @shareable isbn: String! @shareable }
      type Vendor @key(fields: "id") { id: ID! name: String! @shareable country: String! }`,
    resolvers: {
      Furniture: { __resolveReference: (ref) => product(ref.id), vendor: (p) => vendor(p.vendorId) },
      Book: { __resolveReference: (ref) => product(ref.id), vendor: (p) => vendor(p.vendorId) },
      Vendor: { __resolveReference: (ref) => vendor(ref.id) },
    },
  },
  {
    name: "inventory",
    typeDefs: `${fed}
      type Query {
        shipments: [Shipment!]!
        stocked: [Item!]! @provides(fields: "... on Book { isbn }")
        listings: [Listing!]! @provides(fields: "... on Book { isbn } ... on Furniture { name }")
        deliveries: [Delivery!]!
      }
      union Listing = Book | Furniture
      type Delivery @key(fields: "id") { id: ID! item: Item! @provides(fields: "... on Furniture { name vendor { name } } ... on Book { isbn }") }
      type Shipment @key(fields: "id") { id: ID! product: Furniture! @provides(fields: "name vendor { name }") }
      interface Item { id: ID! }
      type Furniture implements Item @key(fields: "id") { id: ID! name: String! @external vendor: Vendor! @external }
      type Book implements Item @key(fields: "id") { id: ID! isbn: String! @external }
      type Vendor @key(fields: "id") { id: ID! name: String! @external }`,
    resolvers: {
      Query: {
        shipments: () => [{ id: "s1", productId: "p1" }],
        stocked: () => products.map((p) => (p.kind === "Book" ? { __typename: "Book", id: p.id, isbn: p.isbn } : { __typename: "Furniture", id: p.id })),
        listings: () => products.map((p) => (p.kind === "Book" ? { __typename: "Book", id: p.id, isbn: p.isbn } : { __typename: "Furniture", id: p.id, name: p.name })),
        deliveries: () => [{ id: "d1", productId: "p1" }, { id: "d2", productId: "p2" }],
      },
      Item: { __resolveType: (i) => i.__typename },
      Listing: { __resolveType: (i) => i.__typename },
      Delivery: {
        // What the provides names, and nothing more: the vendor's country stays with products.
        item: (d) => {
          const p = product(d.productId);
          return p.kind === "Book"
            ? { __typename: "Book", id: p.id, isbn: p.isbn }
            : { __typename: "Furniture", id: p.id, name: p.name, vendor: { id: p.vendorId, name: vendor(p.vendorId).name } };
        },
      },
      Shipment: {
        product: (s) => {
          const p = product(s.productId);
          return { id: p.id, name: p.name, vendor: { id: p.vendorId, name: vendor(p.vendorId).name } };
        },
      },
    },
  },
];
