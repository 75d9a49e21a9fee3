namespace Fascicolo.Testing;

/// <summary>Finds the repository checkout the tests run from.</summary>
public static class RepositoryRoot
{
    private const string Marker = "Fascicolo.slnx";

    /// <summary>The folder holding <c>Fascicolo.slnx</c>, found by walking up from the test binaries.</summary>
    /// <returns>The absolute path of the repository root.</returns>
    /// <exception cref="DirectoryNotFoundException">No parent folder holds <c>Fascicolo.slnx</c>.</exception>
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, Marker)))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds {Marker}.");
    }
}
