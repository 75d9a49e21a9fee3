using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Fascicolo.Gateway.Benchmarks.Lab;

/// <summary>
/// A long-running program the lab started (a subgraph, a gateway): its output goes to a log file and
/// can be waited on; disposing kills it, and only it and its descendants, by its process id.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly List<string> _lines = [];
    private readonly SemaphoreSlim _newLine = new(0);
    private bool _closed;
    private int _dropped;

    private ChildProcess(string name, Process process, StreamWriter log)
    {
        Name = name;
        _process = process;
        _log = log;
    }

    /// <summary>A readable name, e.g. <c>hive</c> or <c>reviews</c>.</summary>
    public string Name { get; }

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>Whether the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts <paramref name="fileName"/>, writing its standard output and error to <paramref name="logPath"/>.</summary>
    /// <param name="name">A readable name for messages.</param>
    /// <param name="fileName">The program.</param>
    /// <param name="arguments">Its arguments, passed without shell quoting.</param>
    /// <param name="workingDirectory">Its working directory.</param>
    /// <param name="logPath">The log file (overwritten).</param>
    /// <param name="environment">Extra environment variables.</param>
    /// <returns>The started process.</returns>
    public static ChildProcess Start(string name, string fileName, IEnumerable<string> arguments, string workingDirectory, string logPath, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(name, process, log);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        process.Exited += (_, _) => child._newLine.Release();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for an output line matching <paramref name="pattern"/>; fails when the process exits first.</summary>
    /// <param name="pattern">The pattern of the line.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The match.</returns>
    /// <exception cref="InvalidOperationException">The process exited or the time ran out; the message holds its last output.</exception>
    public async Task<Match> WaitForOutputAsync(Regex pattern, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var deadline = DateTime.UtcNow + timeout;
        var seen = 0;
        while (true)
        {
            lock (_lines)
            {
                // seen counts every line ever received; the kept tail starts at line _dropped.
                for (seen = Math.Max(seen, _dropped); seen - _dropped < _lines.Count; seen++)
                {
                    if (pattern.Match(_lines[seen - _dropped]) is { Success: true } match)
                    {
                        return match;
                    }
                }
            }
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} before printing /{pattern}/:\n{Tail()}");
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new InvalidOperationException($"{Name} did not print /{pattern}/ within {timeout.TotalSeconds} s:\n{Tail()}");
            }
            await _newLine.WaitAsync(left, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Waits for the process to exit by itself (a one-shot command such as a seed).</summary>
    /// <param name="timeout">How long it may run.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The exit code.</returns>
    /// <exception cref="TimeoutException">It ran longer than <paramref name="timeout"/>.</exception>
    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{Name} did not finish within {timeout.TotalSeconds} s:\n{Tail()}");
        }
        return _process.ExitCode;
    }

    /// <summary>The last lines of output, for error messages.</summary>
    /// <param name="count">How many lines.</param>
    /// <returns>The lines, joined.</returns>
    public string Tail(int count = 30)
    {
        lock (_lines)
        {
            return string.Join('\n', _lines.Skip(Math.Max(0, _lines.Count - count)));
        }
    }

    /// <summary>Kills the process and its descendants (by this process's id) and waits for the exit.</summary>
    /// <returns>A task completing when it has exited.</returns>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            // Already gone, or never started: nothing left to stop.
        }
        _process.Dispose();
        lock (_lines)
        {
            _closed = true;
            _log.Dispose();
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_lines)
        {
            if (_closed)
            {
                return;
            }
            // Keep a bounded tail: a chatty process must not grow the lab's memory for the whole run.
            if (_lines.Count > 2000)
            {
                _lines.RemoveRange(0, 1000);
                _dropped += 1000;
            }
            _lines.Add(line);
            _log.WriteLine(line);
        }
        _newLine.Release();
    }
}
