using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>One SQL migration embedded in a subgraph assembly under <c>Migrations/</c>.</summary>
/// <param name="Name">The file name, e.g. <c>0001_initial.sql</c>; scripts run in ordinal name order.</param>
/// <param name="Sql">The script, with line endings normalised to <c>\n</c>.</param>
/// <param name="Sha256">The lower-case hex SHA-256 of <paramref name="Sql"/>, kept in the journal.</param>
public sealed record MigrationScript(string Name, string Sql, string Sha256)
{
    private const string Folder = ".Migrations.";

    /// <summary>Loads the embedded <c>Migrations/*.sql</c> resources of <paramref name="assembly"/>, ordered by name.</summary>
    /// <param name="assembly">The subgraph assembly.</param>
    /// <returns>The scripts in the order they apply.</returns>
    public static IReadOnlyList<MigrationScript> Load(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return [.. assembly.GetManifestResourceNames()
            .Where(resource => resource.EndsWith(".sql", StringComparison.OrdinalIgnoreCase) && resource.Contains(Folder, StringComparison.Ordinal))
            .Select(resource => FromResource(assembly, resource))
            .OrderBy(script => script.Name, StringComparer.Ordinal)];
    }

    private static MigrationScript FromResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' cannot be opened.");
        // A small in-memory resource: reading it synchronously blocks on nothing.
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        // A checkout with CRLF line endings must not look like an edited script.
        var sql = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        var name = resource[(resource.LastIndexOf(Folder, StringComparison.Ordinal) + Folder.Length)..];
        return new MigrationScript(name, sql, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql))));
    }
}
