namespace Fascicolo.Gateway.Composition.Tests.Reading;

public sealed class SupergraphReaderJoinV05Tests
{
    private const string Sdl = """
        schema
          @link(url: "https://specs.apollo.dev/link/v1.0")
          @link(url: "https://specs.apollo.dev/join/v0.5", for: EXECUTION)
          @link(url: "https://specs.apollo.dev/inaccessible/v0.2", as: "hidden", for: SECURITY)
          @link(url: "https://specs.apollo.dev/tag/v0.3")
          @join__directive(graphs: [A], name: "link", args: {url: "https://example.com/connect/v0.1"})
        { query: Query }

        directive @hidden on FIELD_DEFINITION | OBJECT
        directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT
        directive @join__directive(graphs: [join__Graph!], name: String!, args: join__DirectiveArguments) repeatable on SCHEMA | OBJECT | INTERFACE | FIELD_DEFINITION
        directive @join__field(graph: join__Graph, requires: join__FieldSet, provides: join__FieldSet, type: String, external: Boolean, override: String, usedOverridden: Boolean, overrideLabel: String, contextArguments: [join__ContextArgument!]) repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION
        scalar join__FieldSet
        scalar join__DirectiveArguments
        enum join__Graph { A @join__graph(name: "a", url: "") B @join__graph(name: "b", url: "http://b") }

        type Query @join__type(graph: A) @join__type(graph: B) {
          users: [User] @join__field(graph: A) @join__directive(graphs: [A], name: "connect", args: {http: {GET: "/users"}})
        }

        type User @join__type(graph: A, key: "id") @join__type(graph: B, key: "id", resolvable: false) @tag(name: "pii") {
          id: ID!
          score: Int @join__field(graph: A, override: "b", overrideLabel: "percent(25)") @join__field(graph: B, usedOverridden: true)
          secret: String @join__field(graph: A) @hidden
        }
        """;

    [Fact]
    public void Read_Should_ReadJoinV05Features_When_Present()
    {
        var supergraph = SupergraphReader.Read(Sdl);

        Assert.Null(supergraph.GetSubgraph("a").Url);
        var user = supergraph.Types["User"];
        Assert.False(user.KeysIn("b")[0].IsResolvable);
        var score = user.GetField("score")!;
        Assert.Equal("percent(25)", score.SourceIn("a")!.OverrideLabel);
        Assert.True(score.SourceIn("b")!.UsedOverridden);
        Assert.Equal(["a"], score.ResolvableIn);
        Assert.True(user.GetField("secret")!.IsInaccessible);
        Assert.Equal("connect", Assert.Single(supergraph.Types["Query"].GetField("users")!.JoinDirectives).Name);
        Assert.Equal("link", Assert.Single(supergraph.JoinDirectives).Name);
        Assert.DoesNotContain("secret", supergraph.ApiSchemaSdl, StringComparison.Ordinal);
        Assert.DoesNotContain("@tag", supergraph.ApiSchemaSdl, StringComparison.Ordinal);
    }

    [Fact]
    public void Print_Should_UseJoinV05AndRoundTrip_When_JoinDirectivesPresent()
    {
        var supergraph = SupergraphReader.Read(Sdl);

        Assert.Contains("join/v0.5", supergraph.Sdl, StringComparison.Ordinal);
        Assert.Contains("@hidden", supergraph.Sdl, StringComparison.Ordinal);
        Assert.Equal(supergraph.Sdl, SupergraphReader.Read(supergraph.Sdl).Sdl);
    }
}
