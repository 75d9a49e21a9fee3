using System.Net;
using System.Net.Sockets;

namespace Fascicolo.Gateway.Benchmarks.Lab;

/// <summary>Free TCP ports on 127.0.0.1, for programs that must be told their port before they start.</summary>
public static class FreePort
{
    /// <summary>A port that was free a moment ago (the OS does not hand it out again straight away).</summary>
    /// <returns>The port number.</returns>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
