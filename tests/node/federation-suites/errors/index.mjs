// Error paths: a subgraph that returns errors for part of an entity batch (a nullable field, a
// non-null field inside a nullable list item, a non-null field up to the root), a root field that
// fails beside one that does not, and a subgraph whose every gateway request fails with HTTP 500.
const fed = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])`;

const users = [
  { id: "u1", name: "Ada" },
  { id: "u2", name: "Bob" },
  { id: "u3", name: "Cy" },
];
const scores = { u1: 10, u3: 30 };

export const subgraphs = [
  {
    name: "accounts",
    typeDefs: `${fed}
      type Query { users: [User!]! maybeUsers: [User] version: String! broken: String }
      type User @key(fields: "id") { id: ID! name: String! }`,
    resolvers: {
      Query: {
        users: () => users,
        maybeUsers: () => users,
        version: () => "1",
        broken: () => {
          throw new Error("broken is broken");
        },
      },
      User: { __resolveReference: (ref) => users.find((u) => u.id === ref.id) ?? null },
    },
  },
  {
    // u2 has no score and no nickname: its fields fail, the others' resolve.
    name: "scores",
    typeDefs: `${fed}
      type User @key(fields: "id") { id: ID! score: Int nickname: String! }`,
    resolvers: {
      User: {
        __resolveReference: (ref) => ref,
        score: (u) => {
          if (!(u.id in scores)) throw new Error(`no score for ${u.id}`);
          return scores[u.id];
        },
        nickname: (u) => {
          if (!(u.id in scores)) throw new Error(`no nickname for ${u.id}`);
          return `${u.id}-nick`;
        },
      },
    },
  },
  {
    // Down: every gateway request answers HTTP 500.
    name: "badges",
    typeDefs: `${fed}
      type User @key(fields: "id") { id: ID! badge: String }`,
    resolvers: { User: { __resolveReference: (ref) => ref, badge: () => "gold" } },
    fail: () => ({ status: 500, body: { errors: [{ message: "badges is down" }] } }),
  },
];
