namespace Fascicolo.Testing;

/// <summary>
/// The Node tools of <c>tests/node</c> (graphql-http now; reference gateways later): installs them with
/// <c>npm ci</c> once, under a file lock so that test projects running in parallel do not collide.
/// </summary>
public static class NodeTools
{
    private static readonly SemaphoreSlim InProcess = new(1, 1);

    /// <summary>Makes sure <c>tests/node/node_modules</c> matches <c>package-lock.json</c>; returns <c>tests/node</c>.</summary>
    /// <param name="cancellationToken">Cancels the wait or the install.</param>
    /// <returns>The absolute path of <c>tests/node</c>.</returns>
    public static async Task<string> EnsureInstalledAsync(CancellationToken cancellationToken = default)
    {
        var directory = Path.Combine(RepositoryRoot.Find(), "tests", "node");
        if (!File.Exists(Path.Combine(directory, "package-lock.json")))
        {
            throw new InvalidOperationException($"{directory}/package-lock.json is missing: the Node test tools cannot be installed.");
        }

        await InProcess.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var fileLock = await AcquireLockAsync(Path.Combine(directory, ".npm-ci.lock"), cancellationToken).ConfigureAwait(false);
            if (!IsInstalled(directory))
            {
                var result = await ProcessRunner.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], directory, TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false);
                if (result.ExitCode != 0)
                {
                    throw new InvalidOperationException($"npm ci in {directory} failed ({result.ExitCode}):\n{result.Error}\n{result.Output}");
                }
            }
            return directory;
        }
        finally
        {
            InProcess.Release();
        }
    }

    /// <summary>npm writes <c>node_modules/.package-lock.json</c> last; newer than the lock file means up to date.</summary>
    private static bool IsInstalled(string directory)
    {
        var installed = new FileInfo(Path.Combine(directory, "node_modules", ".package-lock.json"));
        var wanted = new FileInfo(Path.Combine(directory, "package-lock.json"));
        return installed.Exists && installed.LastWriteTimeUtc >= wanted.LastWriteTimeUtc;
    }

    /// <summary>An exclusive lock file (FileShare.None is an flock on Linux, so it holds across processes).</summary>
    private static async Task<FileStream> AcquireLockAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException exception) when (exception is not DirectoryNotFoundException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
