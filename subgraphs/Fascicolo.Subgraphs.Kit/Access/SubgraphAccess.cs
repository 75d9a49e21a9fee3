using Fascicolo.Audit.Store;
using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// Identity, authorization and audit of a subgraph: the internal-token check of <c>/graphql</c>
/// (<see cref="SubgraphTrustSettings"/>), the <see cref="AccessPolicy"/> of this subgraph's ente
/// (<c>Access:Ente</c>), the guard of personal and role-restricted fields, and the access-log writer.
/// </summary>
internal static class SubgraphAccess
{
    /// <summary>Registers the services and a start-up check that fails the host on any missing or wrong setting.</summary>
    public static IServiceCollection AddSubgraphAccess(this IServiceCollection services, SubgraphModule module, IConfiguration configuration)
    {
        services.AddSingleton(new AccessPolicy(configuration[AccessPolicy.EnteSetting] is { Length: > 0 } ente ? ente.Trim() : AccessPolicy.DefaultEnte));
        services.AddSingleton<SubgraphTrust>();
        services.AddSubgraphAccessLog(module);
        services.AddHostedService<AccessStartupCheck>();
        return services;
    }

    /// <summary>The schema visitor that guards the fields; added to the schema by the kit's GraphQL setup.</summary>
    public static AccessGuardVisitor CreateGuard(IServiceProvider services) =>
        new(services.GetRequiredService<SubgraphModule>(), services.GetRequiredService<AccessPolicy>());

    /// <summary>
    /// Resolves, while the host starts (before migrations and Kestrel), everything a request will need,
    /// so that a missing gateway key, a missing access-log connection string, a forbidden trust mode or
    /// a personal field without a data subject stop the subgraph at start with a message naming it.
    /// The seed command builds the same application without starting it, so it needs none of them.
    /// </summary>
    private sealed class AccessStartupCheck(IServiceProvider services) : IHostedLifecycleService
    {
        public Task StartingAsync(CancellationToken cancellationToken)
        {
            services.GetRequiredService<SubgraphTrust>();
            services.GetRequiredService<IAccessLogWriter>();
            services.GetRequiredService<ISchema>().Initialize();
            return Task.CompletedTask;
        }

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
