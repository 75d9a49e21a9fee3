using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Testing;

/// <summary>
/// An xUnit fixture sharing one <see cref="SubgraphTestHost"/> (one application, one database) across
/// a test class (<c>IClassFixture&lt;T&gt;</c>) or a collection (<c>ICollectionFixture&lt;T&gt;</c>).
/// </summary>
public abstract class SubgraphFixture : IAsyncLifetime
{
    private SubgraphTestHost? _host;

    /// <summary>The started host.</summary>
    public SubgraphTestHost Host => _host ?? throw new InvalidOperationException("The fixture has not been initialised yet.");

    /// <summary>Creates the subgraph under test.</summary>
    /// <returns>The module.</returns>
    protected abstract SubgraphModule CreateModule();

    /// <summary>The host options (e.g. how many residents to seed). The default seeds nothing.</summary>
    /// <returns>The options.</returns>
    protected virtual SubgraphTestHostOptions CreateOptions() => new();

    /// <inheritdoc/>
    public async Task InitializeAsync() => _host = await SubgraphTestHost.StartAsync(CreateModule(), CreateOptions()).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }
    }
}
