using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>Registers the subgraph's <see cref="NpgsqlDataSource"/> singleton from <c>ConnectionStrings:&lt;name&gt;</c>.</summary>
internal static class SubgraphDataSource
{
    /// <summary>Reads the connection string or throws a <see cref="SubgraphConfigurationException"/> naming its key.</summary>
    public static string GetConnectionString(IConfiguration configuration, SubgraphModule module)
    {
        var connectionString = configuration.GetConnectionString(module.Name);
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw SubgraphConfigurationException.MissingConnectionString(module)
            : connectionString;
    }

    /// <summary>
    /// Adds the data source (named after the service, logging through the host) and the migration
    /// runner. Its commands are traced on the <c>Npgsql</c> ActivitySource, which the OpenTelemetry
    /// setup subscribes to.
    /// </summary>
    public static IServiceCollection AddSubgraphDataSource(this IServiceCollection services, SubgraphModule module)
    {
        // Lets Dapper map snake_case columns (fiscal_code) to PascalCase members (FiscalCode) without aliases.
        Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;
        services.AddSingleton(provider =>
        {
            var builder = new NpgsqlDataSourceBuilder(GetConnectionString(provider.GetRequiredService<IConfiguration>(), module))
            {
                Name = module.ServiceName,
            };
            builder.UseLoggerFactory(provider.GetRequiredService<ILoggerFactory>());
            return builder.Build();
        });
        services.AddSingleton<MigrationRunner>();
        return services;
    }
}
