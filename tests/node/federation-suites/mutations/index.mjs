// Mutations: root fields run one after another in document order, across two subgraphs; consecutive
// fields of one subgraph may share a request. A shared log (both subgraphs live in this process)
// shows the order; serve.mjs resets it before each case.
const fed = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])`;

let log = [];
export const reset = () => { log = []; };
const record = (subgraph, label) => {
  log.push(`${subgraph}:${label}`);
  return { seq: log.length, seen: [...log] };
};

export const subgraphs = [
  {
    name: "alpha",
    typeDefs: `${fed}
      type Query { alphaLog: [String!]! }
      type Mutation { alpha(label: String!): Step! }
      type Step @shareable { seq: Int! seen: [String!]! }`,
    resolvers: { Query: { alphaLog: () => log }, Mutation: { alpha: (_, { label }) => record("alpha", label) } },
  },
  {
    name: "beta",
    typeDefs: `${fed}
      type Query { betaLog: [String!]! }
      type Mutation { beta(label: String!): Step! }
      type Step @shareable { seq: Int! seen: [String!]! }`,
    resolvers: { Query: { betaLog: () => log }, Mutation: { beta: (_, { label }) => record("beta", label) } },
  },
];
