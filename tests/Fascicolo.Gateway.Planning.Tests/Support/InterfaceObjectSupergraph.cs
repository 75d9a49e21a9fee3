namespace Fascicolo.Gateway.Planning.Tests.Support;

/// <summary>
/// <c>@interfaceObject</c>: ratings and reviews add fields to the entity interface Media, which only
/// media implements.
/// </summary>
internal static class InterfaceObjectSupergraph
{
    public static string Sdl { get; } = Supergraphs.Join("media,ratings,reviews", """
        type Query @join__type(graph: MEDIA) @join__type(graph: RATINGS) @join__type(graph: REVIEWS) {
          media: [Media!]! @join__field(graph: MEDIA)
          search: [SearchResult!]! @join__field(graph: MEDIA)
          topRated: [Media!]! @join__field(graph: RATINGS)
        }
        interface Media @join__type(graph: MEDIA, key: "id") @join__type(graph: RATINGS, key: "id", isInterfaceObject: true) @join__type(graph: REVIEWS, key: "id", isInterfaceObject: true) {
          id: ID!
          title: String! @join__field(graph: MEDIA) @join__field(graph: REVIEWS, external: true)
          rating: Int! @join__field(graph: RATINGS)
          blurb: String! @join__field(graph: REVIEWS, requires: "title")
          summary: String! @join__field(graph: REVIEWS)
        }
        type Book implements Media @join__type(graph: MEDIA, key: "id") @join__implements(graph: MEDIA, interface: "Media") {
          id: ID!
          title: String! @join__field(graph: MEDIA)
          author: String! @join__field(graph: MEDIA)
          rating: Int! @join__field
          blurb: String! @join__field
          summary: String! @join__field
        }
        type Movie implements Media @join__type(graph: MEDIA, key: "id") @join__implements(graph: MEDIA, interface: "Media") {
          id: ID!
          title: String! @join__field(graph: MEDIA)
          rating: Int! @join__field
          blurb: String! @join__field
          summary: String! @join__field
        }
        union SearchResult @join__type(graph: MEDIA) @join__unionMember(graph: MEDIA, member: "Book") @join__unionMember(graph: MEDIA, member: "Movie") = Book | Movie
        """);
}
