namespace Fascicolo.Gateway.Composition.Tests.Support;

/// <summary>The files under TestData/, copied next to the test binaries.</summary>
internal static class TestData
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(Path(parts));

    /// <summary>The subgraphs of a folder: one <c>name.graphql</c> file each.</summary>
    public static IReadOnlyList<SubgraphSource> Subgraphs(string folder) =>
        [.. Directory.GetFiles(Path(folder), "*.graphql")
            .Order(StringComparer.Ordinal)
            .Select(f => new SubgraphSource(System.IO.Path.GetFileNameWithoutExtension(f), File.ReadAllText(f), new Uri($"http://{System.IO.Path.GetFileNameWithoutExtension(f)}.local/graphql")))];
}
