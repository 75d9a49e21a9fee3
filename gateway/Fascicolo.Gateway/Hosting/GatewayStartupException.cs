namespace Fascicolo.Gateway.Hosting;

/// <summary>The gateway cannot start: a setting is wrong or the supergraph cannot be loaded. The message says what to fix.</summary>
internal sealed class GatewayStartupException : Exception
{
    public GatewayStartupException()
    {
    }

    public GatewayStartupException(string message)
        : base(message)
    {
    }

    public GatewayStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
