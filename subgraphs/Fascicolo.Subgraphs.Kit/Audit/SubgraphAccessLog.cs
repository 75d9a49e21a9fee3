using Fascicolo.Audit.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// The access log every subgraph appends its personal-data reads to: <see cref="PostgresAccessLogWriter"/>
/// on the database named by <c>ConnectionStrings:audit</c> (as the insert-only writer role in production).
/// </summary>
public static class SubgraphAccessLog
{
    /// <summary>The name of the connection string (<c>ConnectionStrings:audit</c>, environment <c>ConnectionStrings__audit</c>).</summary>
    public const string ConnectionName = "audit";

    /// <summary>The configuration key of the connection string.</summary>
    public const string ConnectionStringKey = "ConnectionStrings:" + ConnectionName;

    /// <summary>Reads the connection string or throws a <see cref="SubgraphConfigurationException"/> naming its key.</summary>
    internal static string GetConnectionString(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionName);
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new SubgraphConfigurationException(
                $"The access-log connection string '{ConnectionStringKey}' is missing: every subgraph appends its personal-data reads " +
                $"to the audit database; set the environment variable ConnectionStrings__{ConnectionName} (e.g. \"Host=...;Database=fascicolo_audit;Username={AccessLogDatabase.WriterRole}\").")
            : connectionString;
    }

    /// <summary>
    /// Registers <see cref="IAccessLogWriter"/> over its own <see cref="NpgsqlDataSource"/> (a keyed
    /// singleton, disposed with the host). Nothing connects until the first append.
    /// </summary>
    internal static IServiceCollection AddSubgraphAccessLog(this IServiceCollection services, SubgraphModule module)
    {
        services.AddKeyedSingleton(ConnectionName, (provider, _) =>
        {
            var builder = new NpgsqlDataSourceBuilder(GetConnectionString(provider.GetRequiredService<IConfiguration>()))
            {
                Name = module.ServiceName + "-audit",
            };
            builder.UseLoggerFactory(provider.GetRequiredService<ILoggerFactory>());
            return builder.Build();
        });
        services.AddSingleton<IAccessLogWriter>(provider => new PostgresAccessLogWriter(provider.GetRequiredKeyedService<NpgsqlDataSource>(ConnectionName)));
        return services;
    }
}
