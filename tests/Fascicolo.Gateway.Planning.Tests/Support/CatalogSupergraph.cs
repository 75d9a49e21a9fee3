namespace Fascicolo.Gateway.Planning.Tests.Support;

/// <summary>
/// Abstract types: a union and two interfaces in <c>catalog</c>; <c>ratings</c> extends Book and
/// Movie; Podcast's title is external in catalog and resolved by <c>podcasts</c>.
/// </summary>
internal static class CatalogSupergraph
{
    public static string Sdl { get; } = Supergraphs.Join("catalog, podcasts, ratings", """
        type Query @join__type(graph: CATALOG) @join__type(graph: PODCASTS) @join__type(graph: RATINGS) {
          search(text: String!): [SearchResult] @join__field(graph: CATALOG)
          node(id: ID!): Node @join__field(graph: CATALOG)
          media: [Media] @join__field(graph: CATALOG)
          matrix: [[Book!]] @join__field(graph: CATALOG)
        }

        type Book implements Node & Media @join__type(graph: CATALOG, key: "id") @join__type(graph: RATINGS, key: "id") @join__implements(graph: CATALOG, interface: "Node") @join__implements(graph: CATALOG, interface: "Media") {
          id: ID!
          title: String @join__field(graph: CATALOG)
          pages: Int @join__field(graph: CATALOG)
          rating: Int @join__field(graph: RATINGS)
        }

        type Movie implements Node & Media @join__type(graph: CATALOG, key: "id") @join__type(graph: RATINGS, key: "id") @join__implements(graph: CATALOG, interface: "Node") @join__implements(graph: CATALOG, interface: "Media") {
          id: ID!
          title: String @join__field(graph: CATALOG)
          duration: Int @join__field(graph: CATALOG)
          rating: Int @join__field(graph: RATINGS)
        }

        type Podcast implements Node & Media @join__type(graph: CATALOG, key: "id") @join__type(graph: PODCASTS, key: "id") @join__implements(graph: CATALOG, interface: "Node") @join__implements(graph: CATALOG, interface: "Media") {
          id: ID!
          title: String @join__field(graph: CATALOG, external: true) @join__field(graph: PODCASTS)
        }

        interface Node @join__type(graph: CATALOG) {
          id: ID!
        }

        interface Media @join__type(graph: CATALOG) {
          id: ID!
          title: String
        }

        union SearchResult @join__type(graph: CATALOG) @join__unionMember(graph: CATALOG, member: "Book") @join__unionMember(graph: CATALOG, member: "Movie") = Book | Movie
        """);
}
