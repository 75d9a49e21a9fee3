namespace Fascicolo.Gateway.Composition.Tests.Reading;

public sealed class SupergraphReaderErrorTests
{
    [Theory]
    [InlineData("type Query {", SupergraphReadErrorCodes.SyntaxError)]
    [InlineData("type Query { a: Int }", SupergraphReadErrorCodes.UnsupportedJoinSpec)]
    [InlineData("schema @link(url: \"https://specs.apollo.dev/link/v1.0\") @link(url: \"https://specs.apollo.dev/join/v0.1\") { query: Query } type Query { a: Int }", SupergraphReadErrorCodes.UnsupportedJoinSpec)]
    [InlineData("schema @link(url: \"https://specs.apollo.dev/link/v1.0\") @link(url: \"https://specs.apollo.dev/join/v0.3\", for: EXECUTION) { query: Query } type Query { a: Int }", SupergraphReadErrorCodes.InvalidGraphEnum)]
    [InlineData(Header + "type Query @join__type(graph: NOPE) { a: Int }", SupergraphReadErrorCodes.UnknownGraph)]
    [InlineData(Header + "type Query @join__type(graph: A, key: \"id {\") { id: Int }", SupergraphReadErrorCodes.InvalidFieldSet)]
    [InlineData(Header + "type Foo @join__type(graph: A) { id: Int }", SupergraphReadErrorCodes.MissingQueryType)]
    public void Read_Should_FailWithCode_When_SupergraphIsMalformed(string sdl, string code)
    {
        var exception = Assert.Throws<SupergraphReadException>(() => SupergraphReader.Read(sdl));
        Assert.Equal(code, exception.Code);
    }

    private const string Header = """
        schema @link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/join/v0.3", for: EXECUTION) { query: Query }
        enum join__Graph { A @join__graph(name: "a", url: "http://a") }
        """;
}
