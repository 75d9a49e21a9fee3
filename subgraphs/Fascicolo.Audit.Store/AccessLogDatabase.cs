using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Fascicolo.Audit.Store;

/// <summary>
/// Creates and upgrades the access-log schema (<c>audit.access_entry</c>, its append-only triggers,
/// <c>audit.chain_head()</c>) and the roles <see cref="WriterRole"/> and <see cref="ReaderRole"/>.
/// </summary>
public static class AccessLogDatabase
{
    /// <summary>The role subgraphs connect as: it may append, not read, change or delete.</summary>
    public const string WriterRole = "fascicolo_audit_writer";

    /// <summary>The role that may read the log.</summary>
    public const string ReaderRole = "fascicolo_audit_reader";

    // Advisory locks are per database, so one constant key serialises every migrator of this log ("FascAMig").
    private const long MigrationLockKey = 0x4661_7363_414D_6967;

    private const string Folder = ".Schema.";

    private const string GrantsScript = "grants.sql";

    private const string JournalSql = """
        create schema if not exists audit;
        create table if not exists audit.schema_migration (
            name       text        primary key,
            applied_at timestamptz not null default now(),
            sha256     text        not null)
        """;

    /// <summary>
    /// Applies the schema scripts not applied yet (each once, in its own transaction, journaled in
    /// <c>audit.schema_migration</c>), then the roles and grants (every time: roles are cluster-wide
    /// and may have been dropped). Safe to call from several processes at once: a session advisory
    /// lock serialises them, and concurrent role creation in other databases is tolerated.
    /// </summary>
    /// <param name="connectionString">A connection string of the database, as its owner (or a superuser);
    /// creating the roles when they are missing needs <c>CREATEROLE</c>.</param>
    /// <param name="cancellationToken">Cancels the migration (the running script rolls back).</param>
    /// <returns>The names of the scripts this call applied.</returns>
    /// <exception cref="InvalidOperationException">An applied script was changed afterwards.</exception>
    public static async Task<IReadOnlyList<string>> MigrateAsync(string connectionString, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var scripts = LoadScripts();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, $"select pg_advisory_lock({MigrationLockKey})", null, cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, JournalSql, null, cancellationToken).ConfigureAwait(false);
            var journal = await ReadJournalAsync(connection, cancellationToken).ConfigureAwait(false);
            var applied = new List<string>();
            foreach (var (name, sql, sha256) in scripts.Where(script => script.Name != GrantsScript))
            {
                if (journal.TryGetValue(name, out var appliedSha256))
                {
                    if (appliedSha256 != sha256)
                    {
                        throw new InvalidOperationException($"Access-log schema script {name} was changed after it was applied (journal sha256 {appliedSha256}, embedded {sha256}): add a new script instead.");
                    }
                    continue;
                }
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, sql, transaction, cancellationToken).ConfigureAwait(false);
                await using (var record = new NpgsqlCommand("insert into audit.schema_migration (name, sha256) values ($1, $2)", connection, transaction))
                {
                    record.Parameters.Add(new NpgsqlParameter { Value = name });
                    record.Parameters.Add(new NpgsqlParameter { Value = sha256 });
                    await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                applied.Add(name);
            }
            var grants = scripts.Single(script => script.Name == GrantsScript);
            await ExecuteAsync(connection, grants.Sql, null, cancellationToken).ConfigureAwait(false);
            return applied;
        }
        finally
        {
            // Closing the connection releases the lock too, so a failed unlock must not hide the real error.
            try
            {
                await ExecuteAsync(connection, $"select pg_advisory_unlock({MigrationLockKey})", null, CancellationToken.None).ConfigureAwait(false);
            }
            catch (NpgsqlException)
            {
                // The connection is disposed next, which ends the session and its lock.
            }
        }
    }

    private static async Task<Dictionary<string, string>> ReadJournalAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var journal = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("select name, sha256 from audit.schema_migration", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            journal[reader.GetString(0)] = reader.GetString(1);
        }
        return journal;
    }

    private static List<(string Name, string Sql, string Sha256)> LoadScripts()
    {
        var assembly = typeof(AccessLogDatabase).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(resource => resource.Contains(Folder, StringComparison.Ordinal) && resource.EndsWith(".sql", StringComparison.Ordinal))
            .Select(resource => Load(assembly, resource))
            .OrderBy(script => script.Name, StringComparer.Ordinal)];
    }

    private static (string Name, string Sql, string Sha256) Load(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' cannot be opened.");
        // A small in-memory resource; CRLF checkouts must not look like an edited script.
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var sql = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        var name = resource[(resource.LastIndexOf(Folder, StringComparison.Ordinal) + Folder.Length)..];
        return (name, sql, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql))));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
