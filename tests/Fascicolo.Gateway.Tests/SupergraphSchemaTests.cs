using Fascicolo.Gateway.Commands;
using Fascicolo.Gateway.Composition;
using Fascicolo.Gateway.Tests.Support;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Tests;

/// <summary>
/// The checked-in <c>schema/supergraph.graphql</c> is what composing <c>schema/subgraphs/*.graphql</c>
/// gives now. When a subgraph schema changes on purpose, regenerate it with
/// <c>dotnet run --project gateway/Fascicolo.Gateway -- compose</c> (or rerun this test with
/// <c>FASCICOLO_UPDATE_SCHEMA=1</c>), then review and commit the diff.
/// </summary>
public sealed class SupergraphSchemaTests : IDisposable
{
    private const string UpdateVariable = "FASCICOLO_UPDATE_SCHEMA";
    private static readonly string Root = RepositoryRoot.Find();
    private readonly string _folder = Directory.CreateTempSubdirectory("gateway-compose-").FullName;

    [Fact]
    public async Task Supergraph_Should_EqualTheCheckedInFile_When_ComposedFromTheSubgraphSchemas()
    {
        var result = SubgraphDirectory.Compose(Path.Combine(Root, "schema", "subgraphs"));
        Assert.True(result.IsSuccess, "schema/subgraphs does not compose:\n" + string.Join('\n', result.Errors));
        var composed = SupergraphPrinter.Print(result.Supergraph!);
        var path = Path.Combine(Root, "schema", "supergraph.graphql");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, composed);
        }

        var checkedIn = File.Exists(path) ? await File.ReadAllTextAsync(path) : string.Empty;
        Assert.True(
            checkedIn == composed,
            $"{path} differs from the composition of schema/subgraphs. If the change is intended, regenerate it with " +
            $"`dotnet run --project gateway/Fascicolo.Gateway -- compose` (or rerun this test with {UpdateVariable}=1), then review and commit it.");
    }

    [Fact]
    public async Task Compose_Should_WriteAReadableSupergraph_When_TheFolderComposes()
    {
        CopyShop();
        var output = Path.Combine(_folder, "out.graphql");

        var exitCode = await ComposeCommand.RunAsync(["--subgraphs", _folder, "--out", output], TextWriter.Null, TextWriter.Null);

        Assert.Equal(0, exitCode);
        var supergraph = SupergraphReader.Read(await File.ReadAllTextAsync(output));
        Assert.Equal(["inventory", "products"], supergraph.Subgraphs.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.Equal(new Uri("http://127.0.0.1:4201/graphql"), supergraph.GetSubgraph("products").Url);
    }

    [Fact]
    public async Task Compose_Should_ExitWithOneAndPrintTheCodes_When_CompositionFails()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "a.graphql"), "type Query { total: Int }");
        await File.WriteAllTextAsync(Path.Combine(_folder, "b.graphql"), "type Query { total: String }");
        await File.WriteAllTextAsync(Path.Combine(_folder, SubgraphDirectory.UrlsFile), """{"a": "http://127.0.0.1:1/graphql", "b": "http://127.0.0.1:2/graphql"}""");
        using var error = new StringWriter();

        var exitCode = await ComposeCommand.RunAsync(["--subgraphs", _folder, "--out", Path.Combine(_folder, "out.graphql")], TextWriter.Null, error);

        Assert.Equal(1, exitCode);
        Assert.Matches(@"\[[A-Z_]+\] ", error.ToString());
        Assert.False(File.Exists(Path.Combine(_folder, "out.graphql")));
    }

    [Fact]
    public async Task Compose_Should_ExitWithTwo_When_ASchemaHasNoUrl()
    {
        CopyShop();
        await File.WriteAllTextAsync(Path.Combine(_folder, SubgraphDirectory.UrlsFile), """{"products": "http://127.0.0.1:4201/graphql"}""");
        using var error = new StringWriter();

        var exitCode = await ComposeCommand.RunAsync(["--subgraphs", _folder], TextWriter.Null, error);

        Assert.Equal(2, exitCode);
        Assert.Contains("no URL for subgraph \"inventory\"", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void CopyShop()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Path.GetDirectoryName(TestData.ShopSupergraph)!, "shop"), "*.graphql"))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(_folder, SubgraphDirectory.UrlsFile), """{"products": "http://127.0.0.1:4201/graphql", "inventory": "http://127.0.0.1:4202/graphql"}""");
    }
}
