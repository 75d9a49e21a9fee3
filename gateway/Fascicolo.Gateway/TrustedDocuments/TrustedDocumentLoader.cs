using StackExchange.Redis;

namespace Fascicolo.Gateway.TrustedDocuments;

/// <summary>
/// Loads this node's manifest into the store when the gateway starts. A Redis that cannot be reached does
/// not stop the gateway: this node answers its own trusted documents from memory meanwhile, and the load
/// is retried until it succeeds, so the other replicas and the automatic registrations find them.
/// </summary>
internal sealed partial class TrustedDocumentLoader(TrustedDocumentManifest manifest, ITrustedDocumentStore store, TimeProvider time, ILogger<TrustedDocumentLoader> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the manifest is in the store.</summary>
    public Task Loaded => _loaded.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await store.LoadAsync(manifest, stoppingToken).ConfigureAwait(false);
                LogLoaded(logger, manifest.Count, manifest.Clients.Count);
                _loaded.TrySetResult();
                return;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                LogRetrying(logger, exception, RetryDelay.TotalSeconds);
            }

            await Task.Delay(RetryDelay, time, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Trusted documents loaded: {Documents} of {Clients} clients")]
    private static partial void LogLoaded(ILogger logger, int documents, int clients);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The trusted documents cannot be loaded into the store; retrying in {Seconds} s")]
    private static partial void LogRetrying(ILogger logger, Exception exception, double seconds);
}
