using Fascicolo.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace Fascicolo.Subgraphs.Kit.Tests;

/// <summary>Builds (without starting) a subgraph application on a given connection string.</summary>
public static class KitApps
{
    public static WebApplication Build(SubgraphModule module, string connectionString) =>
        SubgraphApplication.Build([], module, builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [module.ConnectionStringKey] = connectionString,
                ["Logging:LogLevel:Default"] = "Warning",
            });
        });

    public static Task<TestDatabase> CreateDatabaseAsync(string prefix) =>
        PostgresServer.FromEnvironment().CreateDatabaseAsync(prefix);
}
