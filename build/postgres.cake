// A throwaway PostgreSQL server of the build's own: initdb into an ignored folder, run as the
// postgres OS user when the build runs as root (PostgreSQL refuses to run as root).

public sealed class LocalPostgres
{
    private readonly string _root;
    private readonly int _port;
    private readonly bool _listenOnLoopback;
    private readonly bool _durable;

    /// <param name="root">Folder holding data/, run/ (socket) and server.log.</param>
    /// <param name="port">Port number (TCP when listening on loopback; it also names the socket file).</param>
    /// <param name="listenOnLoopback">Also listen on 127.0.0.1 (for tools outside the build), not only on the socket.</param>
    /// <param name="durable">False for test servers: fsync off, since the data is thrown away.</param>
    public LocalPostgres(string root, int port, bool listenOnLoopback, bool durable)
    {
        _root = System.IO.Path.GetFullPath(root);
        _port = port;
        _listenOnLoopback = listenOnLoopback;
        _durable = durable;
        // Unix socket paths are limited to 107 bytes; a deep checkout falls back to /tmp.
        SocketDirectory = (_root + "/run").Length < 80
            ? _root + "/run"
            : "/tmp/fascicolo-pg-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(_root)))[..12];
    }

    public string DataDirectory => _root + "/data";
    public string SocketDirectory { get; }
    public string LogFile => _root + "/server.log";
    public int Port => _port;

    /// <summary>Server-level Npgsql connection string (no database named), over the Unix socket.</summary>
    public string ConnectionString => $"Host={SocketDirectory};Port={_port};Username=postgres";

    public bool IsRunning => System.IO.File.Exists(DataDirectory + "/postmaster.pid")
        && AsPostgres("pg_ctl", "status", "-D", DataDirectory).ExitCode == 0;

    /// <summary>Creates the cluster when absent and starts the server (reusing one left running).</summary>
    public void Start()
    {
        System.IO.Directory.CreateDirectory(_root);
        System.IO.Directory.CreateDirectory(SocketDirectory);
        if (IsRoot)
        {
            RunOrFail("chown", new[] { "-R", "postgres:postgres", _root, SocketDirectory });
            var access = RunQuietly("runuser", new[] { "-u", "postgres", "--", "test", "-w", _root });
            if (access.ExitCode != 0)
            {
                throw new Exception($"The postgres OS user cannot write to {_root}: a parent folder is not traversable by it. Clone the repository where other users can read it, or pass --postgres=\"<connection string>\" to use an existing server.");
            }
        }
        if (!System.IO.File.Exists(DataDirectory + "/PG_VERSION"))
        {
            var init = AsPostgres("initdb", "-D", DataDirectory, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync");
            if (init.ExitCode != 0) throw new Exception("initdb failed:\n" + init.Output);
        }
        if (IsRunning) return;
        var options = $"-p {_port} -k {SocketDirectory} -c listen_addresses='{(_listenOnLoopback ? "127.0.0.1" : "")}' -c max_connections=300";
        if (!_durable) options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        var start = AsPostgres("pg_ctl", "-D", DataDirectory, "-o", options, "-l", LogFile, "-w", "-t", "60", "start");
        if (start.ExitCode != 0)
        {
            var log = System.IO.File.Exists(LogFile) ? System.IO.File.ReadAllText(LogFile) : "";
            throw new Exception($"PostgreSQL did not start (port {_port} in use?):\n{start.Output}\n{log[Math.Max(0, log.Length - 2000)..]}");
        }
    }

    public void Stop()
    {
        if (IsRunning) AsPostgres("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "stop");
    }

    /// <summary>Stops the server and deletes every file of it.</summary>
    public void Destroy()
    {
        Stop();
        if (System.IO.Directory.Exists(_root)) System.IO.Directory.Delete(_root, recursive: true);
        if (System.IO.Directory.Exists(SocketDirectory)) System.IO.Directory.Delete(SocketDirectory, recursive: true);
    }

    private static (int ExitCode, string Output) AsPostgres(string program, params string[] arguments) =>
        IsRoot
            ? RunQuietly("runuser", new[] { "-u", "postgres", "--", program }.Concat(arguments))
            : RunQuietly(program, arguments);
}
