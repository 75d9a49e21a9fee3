using System.Text.Json;

namespace Fascicolo.Testing;

/// <summary>Representations sent to a subgraph's <c>_entities</c>, and the statements resolving them costs.</summary>
public static class EntityRepresentations
{
    /// <summary>A representation: the type name and one key field.</summary>
    /// <param name="typeName">The entity's type.</param>
    /// <param name="key">The key field.</param>
    /// <param name="value">The key's value.</param>
    /// <returns>The representation.</returns>
    public static Dictionary<string, object> Representation(string typeName, string key, string value) =>
        new() { ["__typename"] = typeName, [key] = value };

    /// <summary>
    /// Resolves <paramref name="representations"/> with <paramref name="query"/> (which takes <c>$representations</c>),
    /// asserts every one was found, and returns the SQL statements the subgraph ran meanwhile.
    /// </summary>
    /// <param name="host">The subgraph.</param>
    /// <param name="query">An <c>_entities</c> query.</param>
    /// <param name="representations">The representations.</param>
    /// <returns>The statements.</returns>
    public static async Task<IReadOnlyList<string>> CountEntityStatementsAsync(this SubgraphTestHost host, string query, IEnumerable<Dictionary<string, object>> representations)
    {
        ArgumentNullException.ThrowIfNull(host);
        var list = representations.ToList();
        using var counter = new SqlStatementCounter(host.Database.Name);

        using var response = await host.QueryAsync(query, new { representations = list });

        JsonElement entities = response.Data().GetProperty("_entities");
        Assert.Equal(list.Count, entities.GetArrayLength());
        Assert.All(entities.EnumerateArray(), e => Assert.False(e.IsNull()));
        return counter.Statements;
    }
}
