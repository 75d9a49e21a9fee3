// A throwaway Redis of the build's own, for `test` (FASCICOLO_TEST_REDIS) and `up` (the gateway's
// Redis:Configuration): redis-server from the PATH, installed with apt-get when missing, started on
// 127.0.0.1 with its files under an ignored folder, nothing persisted, stopped by its own pid.
using System.Diagnostics;
using System.Net.Sockets;

public sealed class LocalRedis
{
    private readonly string _root;
    private readonly int _port;
    private Process _process;

    /// <param name="root">Folder for the server's working files and log (deleted on Stop).</param>
    /// <param name="port">The TCP port on 127.0.0.1.</param>
    public LocalRedis(string root, int port)
    {
        _root = System.IO.Path.GetFullPath(root);
        _port = port;
    }

    /// <summary>The StackExchange.Redis configuration string of the server.</summary>
    public string Configuration => $"127.0.0.1:{_port}";

    public string LogFile => _root + "/redis.log";

    /// <summary>Installs redis-server when it is not on the PATH, starts it, and waits until it answers PING.</summary>
    public void Start()
    {
        EnsureInstalled();
        if (System.IO.Directory.Exists(_root)) System.IO.Directory.Delete(_root, recursive: true);
        System.IO.Directory.CreateDirectory(_root);
        var info = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _root };
        // No RDB snapshots, no append-only file: the data is thrown away with the server.
        foreach (var argument in new[] { "--port", _port.ToString(), "--bind", "127.0.0.1", "--dir", _root, "--save", "", "--appendonly", "no", "--logfile", LogFile, "--daemonize", "no" })
        {
            info.ArgumentList.Add(argument);
        }
        _process = Process.Start(info);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!Answers())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                var log = System.IO.File.Exists(LogFile) ? System.IO.File.ReadAllText(LogFile) : "";
                Stop();
                throw new Exception($"Redis did not start on port {_port} (in use?):\n{log[Math.Max(0, log.Length - 2000)..]}");
            }
            System.Threading.Thread.Sleep(100);
        }
    }

    /// <summary>Stops the server this object started (by its pid) and deletes its folder.</summary>
    public void Stop()
    {
        if (_process != null && !_process.HasExited)
        {
            try { _process.Kill(); _process.WaitForExit(10_000); } catch (InvalidOperationException) { }
        }
        _process?.Dispose();
        _process = null;
        if (System.IO.Directory.Exists(_root)) System.IO.Directory.Delete(_root, recursive: true);
    }

    /// <summary>Whether the server answers PING with PONG.</summary>
    private bool Answers()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", _port);
            using var stream = client.GetStream();
            var ping = System.Text.Encoding.ASCII.GetBytes("PING\r\n");
            stream.Write(ping, 0, ping.Length);
            var buffer = new byte[16];
            stream.ReadTimeout = 1000;
            var read = stream.Read(buffer, 0, buffer.Length);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG");
        }
        catch (SocketException) { return false; }
        catch (System.IO.IOException) { return false; }
    }

    private static void EnsureInstalled()
    {
        if (RunQuietly("sh", new[] { "-c", "command -v redis-server" }).ExitCode == 0) return;
        if (!IsRoot)
        {
            throw new Exception("redis-server is not installed: run `sudo apt-get install -y redis-server`, or pass --redis=\"<host:port>\" to use a Redis you have.");
        }
        var environment = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        var install = RunQuietly("apt-get", new[] { "install", "-y", "-q", "redis-server" }, environment: environment);
        if (install.ExitCode != 0)
        {
            // A fresh machine has no package lists yet.
            var update = RunQuietly("apt-get", new[] { "update", "-q" }, environment: environment);
            install = RunQuietly("apt-get", new[] { "install", "-y", "-q", "redis-server" }, environment: environment);
            if (install.ExitCode != 0)
            {
                throw new Exception("apt-get could not install redis-server:\n" + update.Output + install.Output);
            }
        }
    }
}
