using System.Collections.Concurrent;
using System.Diagnostics;

namespace Fascicolo.Testing;

/// <summary>
/// Counts the SQL commands run against one database while it is alive (N+1 tests): it listens to
/// Npgsql's own <c>Npgsql</c> ActivitySource and keeps the commands whose <c>db.namespace</c> tag
/// is the database, so parallel tests on other databases do not count.
/// </summary>
public sealed class SqlStatementCounter : IDisposable
{
    private readonly string _database;
    private readonly ConcurrentQueue<string> _statements = new();
    private readonly ActivityListener _listener;

    /// <summary>Starts counting the commands run against <paramref name="databaseName"/>.</summary>
    /// <param name="databaseName">The database name (e.g. <see cref="TestDatabase.Name"/>).</param>
    public SqlStatementCounter(string databaseName)
    {
        _database = databaseName;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            // Npgsql only creates (and tags) command activities when a listener asks for their data.
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = OnStopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>How many commands ran so far.</summary>
    public int Count => _statements.Count;

    /// <summary>The text of the commands run so far, in completion order.</summary>
    public IReadOnlyList<string> Statements => [.. _statements];

    /// <summary>How many of the commands contain <paramref name="fragment"/> (case-insensitive).</summary>
    /// <param name="fragment">A piece of SQL, e.g. a table name.</param>
    /// <returns>The number of matching commands.</returns>
    public int CountContaining(string fragment) =>
        _statements.Count(sql => sql.Contains(fragment, StringComparison.OrdinalIgnoreCase));

    /// <summary>Stops counting.</summary>
    public void Dispose() => _listener.Dispose();

    private void OnStopped(Activity activity)
    {
        if (activity.GetTagItem("db.namespace") as string == _database && activity.GetTagItem("db.query.text") is string sql)
        {
            _statements.Enqueue(sql);
        }
    }
}
