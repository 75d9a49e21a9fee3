using System.Net.Sockets;
using Npgsql;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>Turns the usual start-up and seeding failures into one clear line for the console.</summary>
internal static class StartupFailure
{
    /// <summary>A message for a known failure, or <see langword="null"/> to let the exception propagate.</summary>
    public static string? Describe(SubgraphModule module, Exception exception) => exception switch
    {
        SubgraphConfigurationException or MigrationException => exception.Message,
        PostgresException { SqlState: "3D000" } missing =>
            $"the database named by '{module.ConnectionStringKey}' does not exist ({missing.MessageText}).",
        PostgresException postgres =>
            $"PostgreSQL refused a command for '{module.ConnectionStringKey}': {postgres.MessageText} (SQLSTATE {postgres.SqlState}).",
        NpgsqlException or SocketException or TimeoutException =>
            $"cannot reach PostgreSQL with '{module.ConnectionStringKey}': {Innermost(exception).Message}",
        _ => null,
    };

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is not null)
        {
            exception = exception.InnerException;
        }
        return exception;
    }
}
