namespace Fascicolo.Gateway.Hosting;

/// <summary>
/// Resolves the relative paths of settings and commands: against the current directory first, then
/// against the repository root (the folder holding <c>Fascicolo.slnx</c> above the current directory or
/// the binaries), so <c>schema/supergraph.graphql</c> works from the root, from the project folder and
/// from <c>bin/</c>.
/// </summary>
internal static class RepositoryPaths
{
    private const string Marker = "Fascicolo.slnx";

    /// <summary>The repository root, or null when neither the current directory nor the binaries are inside a checkout.</summary>
    public static string? FindRoot() =>
        FindRootAbove(Directory.GetCurrentDirectory()) ?? FindRootAbove(AppContext.BaseDirectory);

    /// <summary>
    /// The existing file or folder <paramref name="path"/> names, trying the current directory, then the
    /// repository root; when it exists in neither, the path under the current directory (for the error message).
    /// </summary>
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return Path.GetFullPath(path);
        }

        var fromCurrent = Path.GetFullPath(path, Directory.GetCurrentDirectory());
        if (File.Exists(fromCurrent) || Directory.Exists(fromCurrent))
        {
            return fromCurrent;
        }

        var root = FindRoot();
        var fromRoot = root is null ? null : Path.GetFullPath(path, root);
        return fromRoot is not null && (File.Exists(fromRoot) || Directory.Exists(fromRoot)) ? fromRoot : fromCurrent;
    }

    private static string? FindRootAbove(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, Marker)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
