using Fascicolo.Gateway.Hosting;

namespace Fascicolo.Gateway.Identity;

/// <summary>The query that finds a citizen's wards, run through the gateway as that citizen.</summary>
/// <param name="Query">A GraphQL document with one operation and a <c>$subject</c> variable (the citizen's fiscal code).</param>
/// <param name="Path">The dot path, under <c>data</c>, of the list of the wards' fiscal codes.</param>
internal sealed record WardsSettings(string Query, IReadOnlyList<string> Path)
{
    /// <summary>How long one citizen's wards are kept.</summary>
    public static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(5);

    public static WardsSettings? Read(IConfigurationSection section)
    {
        var query = section["Query"];
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        var path = section["Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new GatewayStartupException("Identity:Wards:Path is required when Identity:Wards:Query is set (e.g. 'citizen.wards').");
        }

        return new WardsSettings(query, path.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
