namespace Fascicolo.Subgraphs.Kit;

/// <summary>A subgraph cannot start because its configuration is missing or wrong.</summary>
public sealed class SubgraphConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SubgraphConfigurationException()
    {
    }

    /// <summary>Creates the exception with a message that names the setting to fix.</summary>
    /// <param name="message">The message.</param>
    public SubgraphConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SubgraphConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The error for a missing connection string of <paramref name="module"/>.</summary>
    internal static SubgraphConfigurationException MissingConnectionString(SubgraphModule module) => new(
        $"The connection string '{module.ConnectionStringKey}' is missing: set it in appsettings.json, " +
        $"the environment variable ConnectionStrings__{module.Name} or the argument --{module.ConnectionStringKey}=\"Host=...;Database=...\".");
}
