using System.Globalization;
using Fascicolo.Audit.Store;
using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Audit.Verify;

/// <summary>
/// <c>dotnet Fascicolo.Subgraphs.Audit.dll verify [--ConnectionStrings:audit=...]</c>: walks the access
/// log's hash chain and says whether it is intact, or where and why it first breaks. The connection
/// string comes from the usual configuration (appsettings, <c>ConnectionStrings__audit</c>, the command line).
/// </summary>
/// <remarks>Exit codes: 0 the chain is valid, 1 it is broken, 2 bad usage, 3 the log could not be read.</remarks>
internal static class VerifyCommand
{
    /// <summary>The chain verified.</summary>
    public const int Valid = 0;

    /// <summary>The chain is broken.</summary>
    public const int Broken = 1;

    /// <summary>The command line or the configuration is wrong.</summary>
    public const int BadUsage = 2;

    /// <summary>The log could not be read (database down, no schema, no permission).</summary>
    public const int Unreadable = 3;

    /// <summary>The usage line printed on a bad command line.</summary>
    public const string Usage = "usage: verify [--ConnectionStrings:audit=<connection string>] [--Config:Key=value ...]";

    /// <summary>Runs the command from the command line, with Ctrl-C and SIGTERM cancelling it.</summary>
    /// <param name="args">The arguments after <c>verify</c>.</param>
    /// <param name="module">The audit module.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, SubgraphModule module)
    {
        using var cancellation = new ConsoleCancellation();
        return await RunAsync(args, module, Console.Out, Console.Error, cancellation.Token).ConfigureAwait(false);
    }

    /// <summary>Runs the command with the given output (tests call this directly).</summary>
    /// <param name="args">The arguments after <c>verify</c>: only <c>--Key=value</c> configuration overrides.</param>
    /// <param name="module">The audit module.</param>
    /// <param name="output">Where progress and the result go.</param>
    /// <param name="error">Where usage and failures go.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, SubgraphModule module, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.FirstOrDefault(arg => !arg.StartsWith("--", StringComparison.Ordinal) || !arg.Contains('=', StringComparison.Ordinal)) is { } unknown)
        {
            await error.WriteLineAsync($"unknown argument '{unknown}'.\n{Usage}").ConfigureAwait(false);
            return BadUsage;
        }
        // The same configuration sources as serving (appsettings, environment, command line), without the kit's services.
        var configuration = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. args],
            ApplicationName = module.Assembly.GetName().Name,
        }).Configuration;
        var connectionString = configuration.GetConnectionString(module.Name);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await error.WriteLineAsync($"{module.ConnectionStringKey} is not set (environment ConnectionStrings__{module.Name}).\n{Usage}").ConfigureAwait(false);
            return BadUsage;
        }

        try
        {
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            var database = new NpgsqlConnectionStringBuilder(connectionString).Database ?? "(the user's default)";
            await output.WriteLineAsync($"verifying the access log in database {database} ...").ConfigureAwait(false);
            var progress = new SynchronousProgress(checkedEntries =>
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {checkedEntries:N0} entries verified")));
            var result = await new AccessLogVerifier(dataSource).VerifyAsync(progress, cancellationToken).ConfigureAwait(false);
            await ReportAsync(result, output, error).ConfigureAwait(false);
            return result.IsValid ? Valid : Broken;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("verify cancelled: nothing was concluded").ConfigureAwait(false);
            return Unreadable;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or ArgumentException)
        {
            await error.WriteLineAsync($"could not read the access log: {exception.Message}").ConfigureAwait(false);
            return Unreadable;
        }
    }

    private static async Task ReportAsync(ChainVerification result, TextWriter output, TextWriter error)
    {
        var head = result.Head is { } h
            ? string.Create(CultureInfo.InvariantCulture, $"last verified entry: seq {h.Seq}, hash {h.Hash}")
            : "the log is empty";
        if (result.Break is not { } broken)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"VALID: {result.EntriesChecked:N0} entries, hash chain intact; {head}")).ConfigureAwait(false);
            // The chain cannot show its newest entries being cut off; a head kept elsewhere can.
            await output.WriteLineAsync("keep the head hash outside the database: a later verification must still contain it").ConfigureAwait(false);
            return;
        }
        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"BROKEN at seq {broken.Seq} ({broken.Kind}): {broken.Detail}")).ConfigureAwait(false);
        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{result.EntriesChecked:N0} entries verified before it; {head}")).ConfigureAwait(false);
    }

    /// <summary>Reports on the walking thread (<see cref="Progress{T}"/> would post to the thread pool, out of order).</summary>
    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
