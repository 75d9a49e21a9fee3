using System.Diagnostics;
using System.Globalization;
using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Mobility.Gtfs;

/// <summary>
/// <c>dotnet Fascicolo.Subgraphs.Mobility.dll gtfs --feed &lt;directory-or-zip&gt; [--replace]</c>: loads
/// a GTFS feed (a real operator's, such as AMT Genova's zip, or any other) in place of the one the
/// database holds. The kit has no extension point for extra commands, so <c>Program.cs</c> routes
/// <c>gtfs</c> here before handing everything else to <see cref="SubgraphApplication"/>.
/// </summary>
/// <remarks>
/// All or nothing: the whole load runs in one transaction, so an invalid feed (reported with its
/// code, file and line) or a cancellation leaves the previous feed in place. The database must exist
/// (run <c>seed</c> first); pending migrations are applied.
/// </remarks>
internal static class GtfsCommand
{
    /// <summary>Runs the command from the command line, with Ctrl-C and SIGTERM cancelling it.</summary>
    /// <param name="args">The arguments after <c>gtfs</c>.</param>
    /// <param name="module">The mobility module.</param>
    /// <returns>0 when loaded, 1 otherwise.</returns>
    public static async Task<int> RunAsync(string[] args, SubgraphModule module)
    {
        if (!GtfsCommandOptions.TryParse(args, out var options, out var configurationArgs, out var problem))
        {
            await Console.Error.WriteLineAsync($"{problem}\n{GtfsCommandOptions.Usage}").ConfigureAwait(false);
            return 1;
        }
        using var cancellation = new ConsoleCancellation();
        try
        {
            var app = SubgraphApplication.Build([.. configurationArgs], module);
            await using (app.ConfigureAwait(false))
            {
                return await RunAsync(app.Services, module, options!, Console.Out, Console.Error, ConsoleSeedProgress.ForConsole(), cancellation.Token).ConfigureAwait(false);
            }
        }
        catch (SubgraphConfigurationException exception)
        {
            await Console.Error.WriteLineAsync($"gtfs failed: {exception.Message}").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>Runs the command against a built application's services (tests call this directly).</summary>
    /// <returns>0 when loaded, 1 on any failure or cancellation (the previous feed is then kept).</returns>
    public static async Task<int> RunAsync(
        IServiceProvider services, SubgraphModule module, GtfsCommandOptions options, TextWriter output, TextWriter error, ISeedProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            await services.GetRequiredService<MigrationRunner>().ApplyAsync(module.Assembly, cancellationToken).ConfigureAwait(false);
            using var source = GtfsFeedSource.Open(options.FeedPath);
            var stopwatch = Stopwatch.StartNew();
            await using var connection = await services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var loader = new GtfsLoader(connection, progress);
            if (await loader.LoadedSourceAsync(cancellationToken).ConfigureAwait(false) is { } loaded)
            {
                if (!options.Replace)
                {
                    await error.WriteLineAsync($"a feed is already loaded (from {loaded}); pass --replace to replace it").ConfigureAwait(false);
                    return 1;
                }
                await loader.ClearAsync(cancellationToken).ConfigureAwait(false);
            }
            await output.WriteLineAsync($"loading GTFS feed {source.Description} ...").ConfigureAwait(false);
            var rows = await loader.LoadAsync(source, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            await using (var analyze = new NpgsqlCommand("analyze " + string.Join(", ", GtfsLoader.Tables), connection))
            {
                await analyze.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            foreach (var (table, count) in rows.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {table,-32} {count,12:N0} rows")).ConfigureAwait(false);
            }
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"loaded {rows.Values.Sum():N0} rows in {stopwatch.Elapsed.TotalSeconds:F1} s")).ConfigureAwait(false);
            return 0;
        }
        catch (GtfsFeedException exception)
        {
            await error.WriteLineAsync($"gtfs failed: {exception.Message}").ConfigureAwait(false);
            await error.WriteLineAsync("nothing was written: the database keeps the feed it had").ConfigureAwait(false);
            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("gtfs cancelled: nothing was written").ConfigureAwait(false);
            return 1;
        }
        catch (Exception exception) when (exception is NpgsqlException or MigrationException or TimeoutException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"gtfs failed: {exception.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
