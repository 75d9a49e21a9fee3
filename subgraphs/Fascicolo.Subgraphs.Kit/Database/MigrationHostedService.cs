using Microsoft.Extensions.Hosting;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// Applies the subgraph's migrations while the host is starting: in <see cref="IHostedLifecycleService.StartingAsync"/>,
/// which runs before any hosted service starts, Kestrel included, so nothing is served from an
/// unmigrated database and a migration error fails <c>StartAsync</c>.
/// </summary>
internal sealed class MigrationHostedService(MigrationRunner runner, SubgraphModule module) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken) =>
        await runner.ApplyAsync(module.Assembly, cancellationToken).ConfigureAwait(false);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
