using Fascicolo.Audit.Store;

namespace Fascicolo.Subgraphs.Audit.Data;

/// <summary>
/// Applies the access-log schema while the host is starting, before Kestrel listens (as the kit does
/// for the other subgraphs' migrations), so <c>accessLog</c> is never served from an unmigrated database.
/// </summary>
internal sealed partial class AccessLogMigrationService(IConfiguration configuration, ILogger<AccessLogMigrationService> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        // The configured string, not the data source's: Npgsql strips the password from the latter.
        var connectionString = configuration.GetConnectionString("audit")
            ?? throw new InvalidOperationException("ConnectionStrings:audit is not set.");
        foreach (var script in await AccessLogDatabase.MigrateAsync(connectionString, cancellationToken).ConfigureAwait(false))
        {
            LogApplied(logger, script);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied access-log schema script {Script}")]
    private static partial void LogApplied(ILogger logger, string script);
}
