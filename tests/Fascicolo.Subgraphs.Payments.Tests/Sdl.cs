using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary>The running subgraph's SDL.</summary>
internal static class Sdl
{
    /// <summary>Asks the subgraph for <c>_service { sdl }</c>.</summary>
    public static async Task<string> QueryAsync(SubgraphTestHost host)
    {
        using var response = await host.QueryAsync("{ _service { sdl } }");
        return response.Data().GetProperty("_service").GetProperty("sdl").GetString()!;
    }
}
