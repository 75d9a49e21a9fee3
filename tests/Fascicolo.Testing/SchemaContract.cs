namespace Fascicolo.Testing;

/// <summary>
/// A subgraph's SDL contract: <c>schema/subgraphs/&lt;name&gt;.graphql</c> is exactly what the running
/// subgraph answers to <c>_service { sdl }</c>. With <c>FASCICOLO_UPDATE_SCHEMA=1</c> the check rewrites
/// the file from the running subgraph first, to be reviewed and committed.
/// </summary>
public static class SchemaContract
{
    /// <summary>The environment variable that rewrites the checked-in SDL when set to <c>1</c>.</summary>
    public const string UpdateVariable = "FASCICOLO_UPDATE_SCHEMA";

    /// <summary>Where a subgraph's SDL is checked in.</summary>
    /// <param name="subgraph">The subgraph's name, as in the supergraph.</param>
    /// <returns>The path of <c>schema/subgraphs/&lt;subgraph&gt;.graphql</c>.</returns>
    public static string PathOf(string subgraph) => Path.Combine(RepositoryRoot.Find(), "schema", "subgraphs", subgraph + ".graphql");

    /// <summary>A subgraph's checked-in SDL, as other subgraphs compose next to it.</summary>
    /// <param name="subgraph">The subgraph's name.</param>
    /// <returns>The file's text.</returns>
    public static string Read(string subgraph) => File.ReadAllText(PathOf(subgraph));

    /// <summary>Compares the running subgraph's SDL with the checked-in one (rewriting it first when asked to).</summary>
    /// <param name="subgraph">The subgraph's name.</param>
    /// <param name="serviceSdl">What the running subgraph answers to <c>_service { sdl }</c>.</param>
    /// <returns>Null when they are equal; otherwise what differs and how to accept it.</returns>
    public static async Task<string?> DifferenceAsync(string subgraph, string serviceSdl)
    {
        var path = PathOf(subgraph);
        var sdl = Normalise(serviceSdl);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, sdl).ConfigureAwait(false);
        }

        var contract = File.Exists(path) ? Normalise(await File.ReadAllTextAsync(path).ConfigureAwait(false)) : string.Empty;
        return contract == sdl
            ? null
            : $"The {subgraph} SDL differs from {path}. If the change is intended, rerun this test with " +
              $"{UpdateVariable}=1 to rewrite the file, then review and commit it.\n--- running subgraph ---\n{sdl}";
    }

    private static string Normalise(string sdl) => sdl.ReplaceLineEndings("\n").TrimEnd() + "\n";
}
