using System.Globalization;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Benchmarks.Lab;

/// <summary>
/// A PostgreSQL server of the benchmark's own, for the registry subgraph: <c>initdb</c> into a
/// folder, started with <c>pg_ctl</c> on a Unix socket only, fsync off (the data is thrown away),
/// deleted on dispose. PostgreSQL refuses to run as root: as root, it runs as the postgres user.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _root;
    private readonly int _port;

    private ThrowawayPostgres(string root, string socketDirectory, int port)
    {
        _root = root;
        SocketDirectory = socketDirectory;
        _port = port;
    }

    /// <summary>The folder of the server's socket.</summary>
    public string SocketDirectory { get; }

    /// <summary>A server-level Npgsql connection string (superuser <c>postgres</c>, no database).</summary>
    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"Host={SocketDirectory};Port={_port};Username=postgres");

    private string DataDirectory => Path.Combine(_root, "data");

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>Creates and starts a server under <paramref name="root"/> (emptied first).</summary>
    /// <param name="root">A folder the server may own.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    public static async Task<ThrowawayPostgres> StartAsync(string root, CancellationToken cancellationToken)
    {
        root = Path.GetFullPath(root);
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
        Directory.CreateDirectory(root);
        // Unix socket paths are limited to 107 bytes: keep the socket under /tmp.
        var socket = Path.Combine(Path.GetTempPath(), "fascicolo-bench-pg-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(socket);
        var server = new ThrowawayPostgres(root, socket, FreePort.Next());
        if (IsRoot)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", root, socket], cancellationToken).ConfigureAwait(false);
        }
        await AsPostgresAsync("initdb", ["-D", server.DataDirectory, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync"], cancellationToken).ConfigureAwait(false);
        var options = string.Create(CultureInfo.InvariantCulture, $"-p {server._port} -k {socket} -c listen_addresses='' -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        await AsPostgresAsync("pg_ctl", ["-D", server.DataDirectory, "-o", options, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "start"], cancellationToken).ConfigureAwait(false);
        return server;
    }

    /// <summary>Stops the server and deletes its files.</summary>
    /// <returns>A task completing when it is gone.</returns>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await AsPostgresAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], CancellationToken.None).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"PostgreSQL did not stop cleanly: {e.Message}");
        }
        Directory.Delete(_root, recursive: true);
        Directory.Delete(SocketDirectory, recursive: true);
    }

    private static Task AsPostgresAsync(string program, string[] arguments, CancellationToken cancellationToken) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments], cancellationToken) : RunAsync(program, arguments, cancellationToken);

    private static async Task RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var result = await ProcessRunner.RunAsync(program, arguments, "/", TimeSpan.FromMinutes(2), cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({result.ExitCode}):\n{result.Error}{result.Output}");
        }
    }
}
