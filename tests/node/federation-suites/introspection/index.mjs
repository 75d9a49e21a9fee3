// Introspection of what the spec builds in: the built-in directives (@include, @skip, @deprecated,
// @specifiedBy, @oneOf), a scalar's @specifiedBy(url:) shown as __Type.specifiedByURL, @deprecated on
// arguments (in both subgraphs) and on an input field, and a @oneOf input object; deprecated arguments
// and input fields, and a one-of input, still work when a client sends them.
const fed = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])`;

const events = [
  { id: "1", at: "2026-03-01T09:00:00Z", title: "Concerto" },
  { id: "2", at: "2026-03-02T18:30:00Z", title: "Mostra" },
];

export const subgraphs = [
  {
    name: "agenda",
    // @apollo/subgraph 2.14 does not know the spec draft's @oneOf: the subgraph declares it.
    typeDefs: `${fed}
      directive @oneOf on INPUT_OBJECT
      "An instant, as RFC 3339 text."
      scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")
      "A code with no published specification."
      scalar Code
      type Query {
        events(after: DateTime, first: Int @deprecated(reason: "Use after."), filter: EventFilter): [Event!]!
        event(by: EventBy!): Event
      }
      type Event @key(fields: "id") { id: ID! at: DateTime! title: String! code: Code }
      input EventFilter { title: String legacyTitle: String @deprecated(reason: "Use title.") }
      input EventBy @oneOf { id: ID title: String }`,
    resolvers: {
      Query: {
        events: (_, { after, first, filter }) => events
          .filter((e) => !after || e.at > after)
          .filter((e) => !(filter?.title ?? filter?.legacyTitle) || e.title === (filter.title ?? filter.legacyTitle))
          .slice(0, first ?? events.length),
        event: (_, { by }) => events.find((e) => e.id === by.id || e.title === by.title) ?? null,
      },
      Event: { __resolveReference: (ref) => events.find((e) => e.id === ref.id) ?? null, code: (e) => `EV-${e.id}` },
    },
  },
  {
    name: "reviews",
    typeDefs: `${fed}
      type Event @key(fields: "id") {
        id: ID!
        rating(scale: Int = 5, outOf: Int @deprecated(reason: "Use scale.")): Int!
      }`,
    resolvers: {
      Event: { __resolveReference: (ref) => ref, rating: (e, { scale, outOf }) => (Number(e.id) * (outOf ?? scale)) % 7 },
    },
  },
];
