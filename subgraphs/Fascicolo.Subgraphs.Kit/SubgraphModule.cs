using System.Reflection;
using GraphQL.DI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// What one subgraph adds to the kit: its name, its schema, its services, its migrations and its seeder.
/// Every subgraph's <c>Program.cs</c> hands an instance to <see cref="SubgraphApplication.RunAsync(string[], SubgraphModule)"/>.
/// </summary>
public abstract class SubgraphModule
{
    /// <summary>
    /// The subgraph's short lower-case name (e.g. <c>registry</c>). It names the connection string
    /// (<c>ConnectionStrings:registry</c>, environment <c>ConnectionStrings__registry</c>), the
    /// OpenTelemetry service (<c>fascicolo-registry</c>, the resource of exported traces, metrics and logs).
    /// </summary>
    public abstract string Name { get; }

    /// <summary>
    /// The assembly holding the embedded migrations: resources ending in <c>.sql</c> under the folder
    /// <c>Migrations/</c> (<c>0001_initial.sql</c>, <c>0002_…</c>), applied in ordinal name order.
    /// </summary>
    public virtual Assembly Assembly => GetType().Assembly;

    /// <summary>
    /// The department of the municipality that owns this subgraph's data: operators of that department
    /// (and of the same ente) may read its personal data. By default the subgraph's <see cref="Name"/>;
    /// a field or type can name another (<see cref="AccessExtensions.Department"/>).
    /// </summary>
    public virtual string Department => Name;

    /// <summary>The OpenTelemetry service name: <c>fascicolo-</c> followed by <see cref="Name"/>.</summary>
    public string ServiceName => "fascicolo-" + Name;

    /// <summary>The configuration key of the connection string: <c>ConnectionStrings:</c> followed by <see cref="Name"/>.</summary>
    public string ConnectionStringKey => "ConnectionStrings:" + Name;

    /// <summary>
    /// Adds the subgraph's schema, e.g. <c>graphql.AddSchema&lt;RegistrySchema&gt;().AddGraphTypes(...)</c>.
    /// The kit has already added federation v2.3, System.Text.Json, error mapping, the
    /// <c>FiscalCode</c> scalar and the DataLoader context.
    /// </summary>
    /// <param name="graphql">The GraphQL.NET builder.</param>
    public abstract void ConfigureGraphQL(IGraphQLBuilder graphql);

    /// <summary>Adds the subgraph's own services (repositories, options, …). The default adds nothing.</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configuration">The application's configuration.</param>
    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Creates the seeder that writes this subgraph's slice of the synthetic city.</summary>
    /// <param name="services">The application's root service provider.</param>
    /// <returns>The seeder.</returns>
    public abstract ISubgraphSeeder CreateSeeder(IServiceProvider services);
}
