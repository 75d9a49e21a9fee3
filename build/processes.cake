// Running external programs: the build waits for short commands and supervises long-running ones.
using System.Diagnostics;

/// <summary>Runs a program to completion, echoing nothing, and returns its exit code and output.</summary>
public static (int ExitCode, string Output) RunQuietly(string fileName, IEnumerable<string> arguments, string workingDirectory = null, IDictionary<string, string> environment = null)
{
    var info = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    foreach (var argument in arguments) info.ArgumentList.Add(argument);
    if (workingDirectory != null) info.WorkingDirectory = workingDirectory;
    if (environment != null) foreach (var pair in environment) info.Environment[pair.Key] = pair.Value;
    using var process = Process.Start(info);
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEndAsync();
    process.WaitForExit();
    return (process.ExitCode, stdout.Result + stderr.Result);
}

/// <summary>Runs a program to completion with its output on the console; throws when it fails.</summary>
public static void RunOrFail(string fileName, IEnumerable<string> arguments, string workingDirectory = null, IDictionary<string, string> environment = null)
{
    var info = new ProcessStartInfo(fileName) { UseShellExecute = false };
    foreach (var argument in arguments) info.ArgumentList.Add(argument);
    if (workingDirectory != null) info.WorkingDirectory = workingDirectory;
    if (environment != null) foreach (var pair in environment) info.Environment[pair.Key] = pair.Value;
    using var process = Process.Start(info);
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new Exception($"'{fileName} {string.Join(" ", arguments)}' failed with exit code {process.ExitCode}.");
    }
}

/// <summary>True when the build runs as root, where PostgreSQL must be run as the postgres user.</summary>
public static bool IsRoot => Environment.UserName == "root";
