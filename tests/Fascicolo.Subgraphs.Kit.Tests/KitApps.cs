using Fascicolo.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace Fascicolo.Subgraphs.Kit.Tests;

/// <summary>Builds (without starting) a subgraph application on a given connection string.</summary>
public static class KitApps
{
    /// <summary>An access-log connection string that is never connected to: these applications read no personal data.</summary>
    public const string UnusedAccessLog = "Host=127.0.0.1;Database=unused_access_log";

    public static WebApplication Build(SubgraphModule module, string connectionString, IDictionary<string, string?>? settings = null, string[]? args = null) =>
        SubgraphApplication.Build(args ?? [], module, builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [module.ConnectionStringKey] = connectionString,
                [SubgraphTrustSettings.GatewayKey] = TestGatewayKeys.PublicKeyPem,
                [SubgraphAccessLog.ConnectionStringKey] = UnusedAccessLog,
                ["Logging:LogLevel:Default"] = "Warning",
            });
            if (settings is not null)
            {
                builder.Configuration.AddInMemoryCollection(settings);
            }
        });

    public static Task<TestDatabase> CreateDatabaseAsync(string prefix) =>
        PostgresServer.FromEnvironment().CreateDatabaseAsync(prefix);
}
