using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// <c>dotnet Fascicolo.Subgraphs.X.dll seed [--residents N] [--seed S] [--reset] [--report FILE]</c>:
/// applies the migrations and writes the subgraph's slice of the synthetic city.
/// </summary>
/// <remarks>
/// <para>Atomicity: the kit makes the run all-or-nothing, whatever transactions the seeder uses
/// (it may COPY over several connections). It marks the seed as started in <c>kit_seed</c>, runs
/// the seeder, and marks it completed; when the seeder fails or is cancelled (Ctrl-C, SIGTERM) the
/// kit drops and recreates the schema and re-applies the migrations, so nothing half-written stays.
/// A process killed outright leaves the "started" mark, and the next <c>seed</c> starts over from an
/// empty schema.</para>
/// <para>An already seeded database is left alone (exit 0) unless <c>--reset</c> is given.</para>
/// </remarks>
public static partial class SeedCommand
{
    /// <summary>Runs the command against a built application's services (tests call this directly).</summary>
    /// <param name="services">The application's services (data source, migration runner, module services).</param>
    /// <param name="module">The subgraph.</param>
    /// <param name="options">The options.</param>
    /// <param name="output">Where the outcome goes.</param>
    /// <param name="error">Where failures go.</param>
    /// <param name="progress">Where the seeder's progress goes.</param>
    /// <param name="cancellationToken">Cancels the seed; what was written is then removed.</param>
    /// <returns>0 when seeded or already seeded, 1 on any failure or cancellation.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, SubgraphModule module, SeedOptions options, TextWriter output, TextWriter error, ISeedProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(progress);
        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        var migrations = services.GetRequiredService<MigrationRunner>();
        var started = false;
        try
        {
            // The data source's own connection string has its password stripped: read the configured one.
            var connectionString = SubgraphDataSource.GetConnectionString(services.GetRequiredService<IConfiguration>(), module);
            if (await SubgraphDatabase.EnsureExistsAsync(connectionString, cancellationToken).ConfigureAwait(false))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"created database {new NpgsqlConnectionStringBuilder(connectionString).Database}")).ConfigureAwait(false);
            }

            await migrations.ApplyAsync(module.Assembly, cancellationToken).ConfigureAwait(false);
            var existing = await SeedJournal.ReadAsync(dataSource, cancellationToken).ConfigureAwait(false);
            if (existing is { Completed: true } && !options.Reset)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"already seeded with {existing.Residents} residents (seed {existing.Seed}); pass --reset to reseed")).ConfigureAwait(false);
                await SeedReport.WriteAsync(options.ReportPath, module, existing, alreadySeeded: true, cancellationToken).ConfigureAwait(false);
                return 0;
            }
            if (existing is { Completed: false })
            {
                await output.WriteLineAsync("a previous seed did not finish; starting again from an empty schema").ConfigureAwait(false);
            }
            if (existing is not null)
            {
                await migrations.ResetAsync(module.Assembly, cancellationToken).ConfigureAwait(false);
            }
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"seeding {module.Name} with {options.Residents} residents (seed {options.Seed}) ...")).ConfigureAwait(false);
            var stopwatch = Stopwatch.StartNew();
            started = true;
            await SeedJournal.MarkStartedAsync(dataSource, options, cancellationToken).ConfigureAwait(false);
            var seeder = module.CreateSeeder(services);
            var result = await seeder.SeedAsync(new SeedContext(dataSource, options.Residents, options.Seed, progress), cancellationToken).ConfigureAwait(false);
            await SeedJournal.MarkCompletedAsync(dataSource, result, stopwatch.Elapsed, cancellationToken).ConfigureAwait(false);
            started = false;
            await PrintAsync(output, result, stopwatch.Elapsed).ConfigureAwait(false);
            var record = await SeedJournal.ReadAsync(dataSource, cancellationToken).ConfigureAwait(false);
            await SeedReport.WriteAsync(options.ReportPath, module, record!, alreadySeeded: false, cancellationToken).ConfigureAwait(false);
            return 0;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var cancelled = exception is OperationCanceledException && cancellationToken.IsCancellationRequested;
            var reason = cancelled ? "seed cancelled" : $"seed failed: {StartupFailure.Describe(module, exception) ?? exception.ToString()}";
            await error.WriteLineAsync(reason).ConfigureAwait(false);
            if (started)
            {
                await UndoAsync(migrations, module, output, error).ConfigureAwait(false);
            }
            return 1;
        }
    }

    /// <summary>Removes a partial seed: back to the migrated, empty schema.</summary>
    private static async Task UndoAsync(MigrationRunner migrations, SubgraphModule module, TextWriter output, TextWriter error)
    {
        try
        {
            // Not cancellable on purpose: the cancellation is what we are cleaning up after.
            await migrations.ResetAsync(module.Assembly, CancellationToken.None).ConfigureAwait(false);
            await output.WriteLineAsync("nothing was kept: the schema was reset to empty (migrations applied)").ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is NpgsqlException or MigrationException or TimeoutException)
        {
            await error.WriteLineAsync($"could not remove the partial seed ({exception.Message}); run seed --reset").ConfigureAwait(false);
        }
    }

    private static async Task PrintAsync(TextWriter output, SeedResult result, TimeSpan elapsed)
    {
        foreach (var (table, rows) in result.RowsPerTable.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {table,-32} {rows,12:N0} rows")).ConfigureAwait(false);
        }
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"seeded {result.RowsPerTable.Values.Sum():N0} rows in {elapsed.TotalSeconds:F1} s")).ConfigureAwait(false);
    }
}
