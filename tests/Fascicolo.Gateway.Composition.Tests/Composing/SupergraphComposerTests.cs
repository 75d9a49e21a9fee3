using Fascicolo.Gateway.Composition.Tests.Support;
using Snapshooter.Xunit;

namespace Fascicolo.Gateway.Composition.Tests.Composing;

public sealed class SupergraphComposerTests
{
    [Fact]
    public void Compose_Should_MatchSnapshot_When_BenchmarkGraph()
    {
        var result = SupergraphComposer.Compose(TestData.Subgraphs("benchmark"));

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        result.Supergraph!.Sdl.MatchSnapshot();
    }

    [Fact]
    public void Compose_Should_RoundTripThroughReader_When_FeaturesGraph()
    {
        var composed = SupergraphComposer.Compose(TestData.Subgraphs("features")).Supergraph!;

        var reread = SupergraphReader.Read(composed.Sdl);

        Assert.Equal(composed.Sdl, reread.Sdl);
        Assert.Equal(composed.ApiSchemaSdl, reread.ApiSchemaSdl);
    }

    [Fact]
    public void Compose_Should_ResolveRenamedAndPrefixedDirectives_When_ImportsUseAs()
    {
        var result = SupergraphComposer.Compose(
        [
            new SubgraphSource("a", """
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: [{ name: "@key", as: "@id" }, "@shareable"])
                type Query { u: User }
                type User @id(fields: "id") { id: ID! name: String @federation__shareable }
                """),
            new SubgraphSource("b", """
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", as: "fed", import: ["@key"])
                type User @key(fields: "id") { id: ID! name: String @fed__shareable age: Int @fed__inaccessible }
                """),
        ]);

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        var user = result.Supergraph!.Types["User"];
        Assert.Equal(["a", "b"], user.Subgraphs);
        Assert.Equal("id", user.KeysIn("a")[0].Fields.Text);
        Assert.True(user.GetField("age")!.IsInaccessible);
    }

    [Fact]
    public void Compose_Should_TreatExtendedTypesAsExtensions_When_Federation1()
    {
        var supergraph = SupergraphComposer.Compose(TestData.Subgraphs("federation1")).Supergraph!;

        var user = supergraph.Types["User"];
        Assert.True(user.MembershipsIn("reviews")[0].IsExtension);
        Assert.False(user.GetField("name")!.IsResolvableIn("reviews"));
        Assert.Equal("name", supergraph.Types["Review"].GetField("author")!.SourceIn("reviews")!.Provides!.Text);
    }

    [Fact]
    public void Compose_Should_AddInterfaceObjectFieldsToImplementations_When_InterfaceObjectUsed()
    {
        var supergraph = SupergraphComposer.Compose(TestData.Subgraphs("features")).Supergraph!;

        Assert.Empty(supergraph.Types["Movie"].GetField("reviews")!.Sources);
        Assert.True(supergraph.Types["Media"].IsInterfaceObjectIn("reviews"));
        Assert.Equal(["catalog", "inventory", "reviews"], supergraph.Types["Query"].Subgraphs);
    }

    [Fact]
    public void Compose_Should_ReportInvalidGraphQL_When_SdlDoesNotParse()
    {
        var result = SupergraphComposer.Compose([new SubgraphSource("a", "type Query {")]);

        Assert.Equal("INVALID_GRAPHQL", Assert.Single(result.Errors).Code);
        Assert.Null(result.Supergraph);
    }
}
