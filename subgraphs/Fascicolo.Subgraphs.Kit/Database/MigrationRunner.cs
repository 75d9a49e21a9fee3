using System.Reflection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// A small journaled migration runner: the scripts of <see cref="MigrationScript.Load"/> are applied
/// once each, each in its own transaction, and recorded in <c>kit_schema_migrations(name, applied_at, sha256)</c>.
/// A PostgreSQL advisory lock serialises replicas that start at the same time; an applied script
/// whose content changed is an error (write a new migration instead).
/// </summary>
public sealed partial class MigrationRunner(NpgsqlDataSource dataSource, ILogger<MigrationRunner> logger)
{
    // One database per subgraph, so one constant key suffices ("FascMigr").
    private const long LockKey = 0x4661_7363_4D69_6772;

    private const string JournalSql = """
        create table if not exists kit_schema_migrations (
            name       text        primary key,
            applied_at timestamptz not null default now(),
            sha256     text        not null)
        """;

    // The subgraph owns its database; its objects live in the public schema, recreated as PostgreSQL 15 makes it.
    private const string ResetSql = """
        drop schema if exists public cascade;
        create schema public authorization pg_database_owner;
        grant usage on schema public to public;
        """;

    /// <summary>Applies the scripts not applied yet and returns their names.</summary>
    /// <param name="assembly">The subgraph assembly holding <c>Migrations/*.sql</c>.</param>
    /// <param name="cancellationToken">Cancels between and inside scripts (the current one rolls back).</param>
    /// <returns>The names of the scripts applied by this call.</returns>
    /// <exception cref="MigrationException">A script failed or an applied script was changed.</exception>
    public Task<IReadOnlyList<string>> ApplyAsync(Assembly assembly, CancellationToken cancellationToken) =>
        LockedAsync(connection => ApplyScriptsAsync(connection, MigrationScript.Load(assembly), cancellationToken), cancellationToken);

    /// <summary>Drops and recreates the <c>public</c> schema (all data is lost), then applies every script.</summary>
    /// <param name="assembly">The subgraph assembly holding <c>Migrations/*.sql</c>.</param>
    /// <param name="cancellationToken">Cancels the reset.</param>
    /// <returns>The names of the scripts applied.</returns>
    public Task<IReadOnlyList<string>> ResetAsync(Assembly assembly, CancellationToken cancellationToken) =>
        LockedAsync(async connection =>
        {
            await ExecuteAsync(connection, ResetSql, null, cancellationToken).ConfigureAwait(false);
            LogReset(logger);
            return await ApplyScriptsAsync(connection, MigrationScript.Load(assembly), cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private async Task<IReadOnlyList<string>> ApplyScriptsAsync(NpgsqlConnection connection, IReadOnlyList<MigrationScript> scripts, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, JournalSql, null, cancellationToken).ConfigureAwait(false);
        var journal = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("select name, sha256 from kit_schema_migrations", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                journal[reader.GetString(0)] = reader.GetString(1);
            }
        }
        var applied = new List<string>();
        foreach (var script in scripts)
        {
            if (journal.TryGetValue(script.Name, out var sha256))
            {
                if (sha256 != script.Sha256)
                {
                    throw new MigrationException($"Migration {script.Name} was changed after it was applied (journal sha256 {sha256}, embedded script sha256 {script.Sha256}). Applied migrations must not be edited: restore it and add a new migration.");
                }
                continue;
            }
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await ExecuteAsync(connection, script.Sql, transaction, cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException exception)
            {
                throw new MigrationException($"Migration {script.Name} failed and was rolled back: {exception.MessageText} (SQLSTATE {exception.SqlState}).", exception);
            }
            await using (var record = new NpgsqlCommand("insert into kit_schema_migrations (name, sha256) values ($1, $2)", connection, transaction))
            {
                record.Parameters.Add(new NpgsqlParameter { Value = script.Name });
                record.Parameters.Add(new NpgsqlParameter { Value = script.Sha256 });
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            LogApplied(logger, script.Name);
            applied.Add(script.Name);
        }
        return applied;
    }

    private async Task<T> LockedAsync<T>(Func<NpgsqlConnection, Task<T>> action, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, $"select pg_advisory_lock({LockKey})", null, cancellationToken).ConfigureAwait(false);
        try
        {
            return await action(connection).ConfigureAwait(false);
        }
        finally
        {
            // Closing the connection would release the lock too (Npgsql resets pooled sessions with DISCARD ALL),
            // so a failed unlock after an error must not hide that error.
            try
            {
                await ExecuteAsync(connection, $"select pg_advisory_unlock({LockKey})", null, CancellationToken.None).ConfigureAwait(false);
            }
            catch (NpgsqlException exception)
            {
                LogUnlockFailed(logger, exception);
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Migration}")]
    private static partial void LogApplied(ILogger logger, string migration);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped and recreated the public schema")]
    private static partial void LogReset(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release the migration lock explicitly; closing the connection releases it")]
    private static partial void LogUnlockFailed(ILogger logger, Exception exception);
}
