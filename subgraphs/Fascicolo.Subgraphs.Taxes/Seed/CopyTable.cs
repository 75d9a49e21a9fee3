using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Taxes.Seed;

/// <summary>One table of the taxes slice, written with a PostgreSQL binary COPY.</summary>
/// <typeparam name="T">The source item, one row each.</typeparam>
/// <param name="name">The table name, also the progress stage.</param>
/// <param name="columns">The column list of the COPY, in the order <paramref name="writeRow"/> writes them.</param>
/// <param name="rows">The source items (enumerated once).</param>
/// <param name="count">How many items <paramref name="rows"/> holds, for the progress.</param>
/// <param name="writeRow">Writes one item's columns (the row is already started).</param>
internal sealed class CopyTable<T>(
    string name,
    string columns,
    IEnumerable<T> rows,
    long count,
    Func<NpgsqlBinaryImporter, T, CancellationToken, Task> writeRow) : ICopyTable
{
    private const int ReportEvery = 50_000;

    /// <inheritdoc/>
    public string Name => name;

    /// <inheritdoc/>
    public async Task<ulong> CopyAsync(NpgsqlConnection connection, ISeedProgress progress, CancellationToken cancellationToken)
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
}

/// <summary>A table the seeder fills.</summary>
internal interface ICopyTable
{
    /// <summary>The table name.</summary>
    string Name { get; }

    /// <summary>Writes every row with <c>COPY … FROM STDIN (FORMAT BINARY)</c> and returns the rows written.</summary>
    Task<ulong> CopyAsync(NpgsqlConnection connection, ISeedProgress progress, CancellationToken cancellationToken);
}
