using Fascicolo.Audit.Store;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Audit.Seed;

/// <summary>
/// The access log starts empty: reads fill it, never the synthetic city. Seeding only makes sure its
/// schema and roles exist, because <c>up</c> seeds this subgraph before the others start and they
/// append to it as <c>fascicolo_audit_writer</c>.
/// </summary>
/// <param name="connectionString">The access log's connection string, as its owner.</param>
internal sealed class AuditSeeder(string connectionString) : ISubgraphSeeder
{
    /// <inheritdoc/>
    public async Task<SeedResult> SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await AccessLogDatabase.MigrateAsync(connectionString, cancellationToken).ConfigureAwait(false);
        return new SeedResult(new Dictionary<string, long>(StringComparer.Ordinal));
    }
}
