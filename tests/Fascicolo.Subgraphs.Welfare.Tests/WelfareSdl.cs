using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Welfare.Tests;

/// <summary>The SDL the running subgraph answers to <c>_service { sdl }</c>.</summary>
internal static class WelfareSdl
{
    public static async Task<string> QueryAsync(SubgraphTestHost host)
    {
        using var response = await host.QueryAsync("{ _service { sdl } }");
        return response.Data().GetProperty("_service").GetProperty("sdl").GetString()!;
    }
}
