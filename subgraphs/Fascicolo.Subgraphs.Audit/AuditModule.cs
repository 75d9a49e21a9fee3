using Fascicolo.Audit.Store;
using Fascicolo.Subgraphs.Audit.Data;
using Fascicolo.Subgraphs.Audit.Schema;
using Fascicolo.Subgraphs.Audit.Seed;
using Fascicolo.Subgraphs.Kit;
using GraphQL;
using GraphQL.DI;
using Npgsql;

namespace Fascicolo.Subgraphs.Audit;

/// <summary>
/// The audit subgraph: extends <c>Citizen</c> with <c>accessLog</c>, who read the citizen's personal
/// data, from where and why. Its database is the access log itself (<c>ConnectionStrings:audit</c>),
/// so its schema is the store's (<see cref="AccessLogDatabase"/>), not kit migrations.
/// </summary>
public sealed class AuditModule : SubgraphModule
{
    /// <inheritdoc/>
    public override string Name => "audit";

    /// <inheritdoc/>
    public override void ConfigureGraphQL(IGraphQLBuilder graphql)
    {
        ArgumentNullException.ThrowIfNull(graphql);
        graphql.AddSchema<AuditSchema>().AddGraphTypes(typeof(AuditModule).Assembly).AddPersonalData();
    }

    /// <inheritdoc/>
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(provider => new AccessLogReader(provider.GetRequiredService<NpgsqlDataSource>()));
        services.AddHostedService<AccessLogMigrationService>();
    }

    /// <inheritdoc/>
    public override ISubgraphSeeder CreateSeeder(IServiceProvider services) =>
        new AuditSeeder(services.GetRequiredService<IConfiguration>().GetConnectionString(Name)!);
}
