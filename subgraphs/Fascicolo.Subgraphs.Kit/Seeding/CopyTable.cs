using Npgsql;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>One table of a subgraph's slice, written with a PostgreSQL binary COPY.</summary>
public abstract class CopyTable
{
    /// <summary>Rows between two progress reports.</summary>
    protected const int ReportEvery = 20_000;

    /// <summary>The table name, also the progress stage.</summary>
    public abstract string Name { get; }

    /// <summary>How many rows the table receives.</summary>
    public abstract long Count { get; }

    /// <summary>Writes every row with <c>COPY … FROM STDIN (FORMAT BINARY)</c> and returns the rows written.</summary>
    /// <param name="connection">An open connection, inside the seed's transaction.</param>
    /// <param name="progress">Where progress is reported, per <see cref="Name"/>.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>The rows PostgreSQL reports written.</returns>
    public abstract Task<ulong> CopyAsync(NpgsqlConnection connection, ISeedProgress progress, CancellationToken cancellationToken);
}

/// <summary>A <see cref="CopyTable"/> over a sequence of source items, one row each.</summary>
/// <typeparam name="T">The source item.</typeparam>
/// <param name="name">The table name.</param>
/// <param name="columns">The column list of the COPY, in the order <paramref name="writeRow"/> writes them.</param>
/// <param name="rows">The source items, enumerated once (so they may be streamed).</param>
/// <param name="count">How many items <paramref name="rows"/> yields, for the progress.</param>
/// <param name="writeRow">Writes one item's columns (the row is already started).</param>
public sealed class CopyTable<T>(
    string name,
    string columns,
    IEnumerable<T> rows,
    long count,
    Func<NpgsqlBinaryImporter, T, CancellationToken, Task> writeRow) : CopyTable
{
    /// <summary>A table over a collection of source items, one row each.</summary>
    /// <param name="name">The table name.</param>
    /// <param name="columns">The column list of the COPY, in the order <paramref name="writeRow"/> writes them.</param>
    /// <param name="rows">The source items.</param>
    /// <param name="writeRow">Writes one item's columns (the row is already started).</param>
    public CopyTable(
        string name,
        string columns,
        IReadOnlyCollection<T> rows,
        Func<NpgsqlBinaryImporter, T, CancellationToken, Task> writeRow)
        : this(name, columns, rows, CountOf(rows), writeRow)
    {
    }

    /// <inheritdoc/>
    public override string Name => name;

    /// <inheritdoc/>
    public override long Count => count;

    /// <inheritdoc/>
    public override async Task<ulong> CopyAsync(NpgsqlConnection connection, ISeedProgress progress, CancellationToken cancellationToken)
    {
        progress.Report(name, 0, count);
        await using var importer = await connection
            .BeginBinaryImportAsync($"copy {name} ({columns}) from stdin (format binary)", cancellationToken)
            .ConfigureAwait(false);
        long done = 0;
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await writeRow(importer, row, cancellationToken).ConfigureAwait(false);
            if (++done % ReportEvery == 0)
            {
                progress.Report(name, done, count);
            }
        }
        var written = await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        progress.Report(name, done, count);
        return written;
    }

    private static long CountOf(IReadOnlyCollection<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Count;
    }
}
