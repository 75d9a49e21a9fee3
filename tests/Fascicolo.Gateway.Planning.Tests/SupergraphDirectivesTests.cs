using Fascicolo.Gateway.Composition;
using Fascicolo.Gateway.Planning.Tests.Support;

namespace Fascicolo.Gateway.Planning.Tests;

public class SupergraphDirectivesTests
{
    private static readonly string Sdl = Supergraphs.Join("a, b", """
        directive @marked(level: String!) on FIELD_DEFINITION | OBJECT | INTERFACE

        type Query @join__type(graph: A) @join__type(graph: B) {
          open: Open @join__field(graph: A)
          secret: Secret @join__field(graph: B) @marked(level: "high")
        }

        type Open @join__type(graph: A) {
          name: String
          hidden: String @marked(level: "low")
        }

        type Secret implements Thing @join__type(graph: B) @join__implements(graph: B, interface: "Thing") @marked(level: "high") {
          id: ID!
          notes: String
        }

        interface Thing @join__type(graph: B) {
          id: ID!
        }
        """, """@link(url: "https://example.com/marks/v1.0", import: ["@marked"])""");

    [Fact]
    public void FieldsMarkedWith_Should_ListMarkedFieldsAndEveryFieldOfMarkedTypes_When_TheSupergraphKeepsTheDirective()
    {
        var coordinates = SupergraphDirectives.FieldsMarkedWith(SupergraphReader.Read(Sdl), "@marked");

        Assert.Equal(["Query.secret", "Open.hidden", "Secret.id", "Secret.notes"], coordinates);
    }

    [Fact]
    public void FieldsMarkedWith_Should_ListNothing_When_NoElementCarriesTheDirective() =>
        Assert.Empty(SupergraphDirectives.FieldsMarkedWith(SupergraphReader.Read(Sdl), "other"));

    [Fact]
    public void FieldsMarkedWith_Should_FindComposedDirectives_When_ReadingTheCheckedInSupergraph()
    {
        // The repository's own graph exports @personalData to the supergraph with @composeDirective.
        var supergraph = SupergraphReader.Read(File.ReadAllText(CheckedInSupergraph()));

        var coordinates = SupergraphDirectives.FieldsMarkedWith(supergraph, "personalData");

        Assert.Contains("Citizen.socialFolder", coordinates);
        Assert.Contains("SocialCase.id", coordinates);
        Assert.DoesNotContain(coordinates, c => c.StartsWith("Query.__", StringComparison.Ordinal));
    }

    private static string CheckedInSupergraph()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "schema", "supergraph.graphql");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("schema/supergraph.graphql not found above the test's directory.");
    }
}
