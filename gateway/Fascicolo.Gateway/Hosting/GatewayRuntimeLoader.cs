using Fascicolo.Gateway.ApiSchema;
using Fascicolo.Gateway.Composition;
using Fascicolo.Gateway.Planning;

namespace Fascicolo.Gateway.Hosting;

/// <summary>Loads the configured supergraph file into a <see cref="GatewayRuntime"/>, turning every failure into a <see cref="GatewayStartupException"/> that says what to fix.</summary>
internal static class GatewayRuntimeLoader
{
    /// <param name="settings">The gateway's settings.</param>
    /// <param name="warnings">Receives problems that do not stop start-up.</param>
    /// <exception cref="GatewayStartupException">The supergraph is missing, unreadable or unusable.</exception>
    public static GatewayRuntime Load(GatewaySettings settings, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = RepositoryPaths.Resolve(settings.Supergraph);
        if (!File.Exists(path))
        {
            throw new GatewayStartupException(
                $"The supergraph file '{path}' does not exist. Pass --supergraph <file> or set Gateway:Supergraph " +
                "(relative paths resolve against the current directory, then the repository root); " +
                "`dotnet Fascicolo.Gateway.dll compose` writes schema/supergraph.graphql.");
        }

        Supergraph supergraph;
        try
        {
            supergraph = SupergraphReader.Read(File.ReadAllText(path));
        }
        catch (SupergraphReadException exception)
        {
            throw new GatewayStartupException($"The supergraph '{path}' cannot be read: {exception.Message}", exception);
        }
        catch (IOException exception)
        {
            throw new GatewayStartupException($"The supergraph '{path}' cannot be read: {exception.Message}", exception);
        }

        var urls = SubgraphUrls.Resolve(supergraph, settings.SubgraphUrls, warnings);
        try
        {
            return new GatewayRuntime(supergraph, ApiSchemaFactory.Create(supergraph), urls, settings);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or QueryPlanningException or KeyNotFoundException)
        {
            throw new GatewayStartupException($"The supergraph '{path}' cannot be served: {exception.Message}", exception);
        }
    }
}
