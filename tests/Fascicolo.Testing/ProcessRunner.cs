using System.Diagnostics;
using System.Text;

namespace Fascicolo.Testing;

/// <summary>The outcome of a finished process.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Everything written to standard output.</param>
/// <param name="Error">Everything written to standard error.</param>
public sealed record ProcessResult(int ExitCode, string Output, string Error);

/// <summary>Runs a tool (node, npm) to completion with a time limit, killing its process tree on timeout.</summary>
public static class ProcessRunner
{
    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    /// <param name="fileName">The program, found on the PATH.</param>
    /// <param name="arguments">The arguments, passed without shell quoting.</param>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="timeout">How long it may run.</param>
    /// <param name="cancellationToken">Cancels (and kills) the process.</param>
    /// <returns>The exit code and the captured output.</returns>
    /// <exception cref="TimeoutException">The process ran longer than <paramref name="timeout"/>.</exception>
    public static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
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
        using var process = new Process { StartInfo = info };
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (error) { error.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"{fileName} {string.Join(' ', info.ArgumentList)} did not finish within {timeout.TotalSeconds} s.");
        }
        // The parameterless wait drains the redirected output streams.
        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        return new ProcessResult(process.ExitCode, output.ToString(), error.ToString());
    }
}
