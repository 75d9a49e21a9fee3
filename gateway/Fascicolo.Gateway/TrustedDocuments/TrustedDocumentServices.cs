using Fascicolo.Gateway.Hosting;
using Fascicolo.Gateway.Redis;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Fascicolo.Gateway.TrustedDocuments;

/// <summary>Registers the trusted documents: settings, this node's manifest, the store (Redis or memory), the resolver and the loader.</summary>
internal static class TrustedDocumentServices
{
    /// <exception cref="GatewayStartupException">A setting is malformed, or the manifest cannot be read.</exception>
    public static IServiceCollection AddTrustedDocuments(this IServiceCollection services, IConfiguration configuration, RedisSettings redis, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        var settings = TrustedDocumentSettings.Read(configuration);
        var manifest = ReadManifest(settings, warnings);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddSingleton(manifest);
        if (redis.IsConfigured)
        {
            services.AddSingleton<ITrustedDocumentStore, RedisTrustedDocumentStore>();
        }
        else
        {
            services.AddSingleton<ITrustedDocumentStore, InMemoryTrustedDocumentStore>();
        }

        services.AddSingleton<TrustedDocumentResolver>();
        services.AddSingleton<TrustedDocumentLoader>();
        services.AddHostedService(provider => provider.GetRequiredService<TrustedDocumentLoader>());
        return services;
    }

    private static TrustedDocumentManifest ReadManifest(TrustedDocumentSettings settings, ICollection<string> warnings)
    {
        var path = RepositoryPaths.Resolve(settings.Manifest);
        if (!File.Exists(path))
        {
            // A foreign supergraph comes without our clients' operations: nothing is trusted then.
            if (settings.DefaultMode == TrustedDocumentMode.TrustedOnly || settings.Clients.Values.Contains(TrustedDocumentMode.TrustedOnly))
            {
                warnings.Add($"The trusted-document manifest '{path}' does not exist: trusted-only clients can send nothing.");
            }

            return TrustedDocumentManifest.Empty;
        }

        try
        {
            return TrustedDocumentManifest.Parse(File.ReadAllText(path));
        }
        catch (Exception exception) when (exception is FormatException or IOException)
        {
            throw new GatewayStartupException($"The trusted-document manifest '{path}' cannot be read: {exception.Message}", exception);
        }
    }
}
