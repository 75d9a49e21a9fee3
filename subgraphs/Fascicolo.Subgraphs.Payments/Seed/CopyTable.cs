using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Payments.Seed;

/// <summary>One table of the payments slice, written with a PostgreSQL binary COPY.</summary>
/// <typeparam name="T">The source row.</typeparam>
/// <param name="name">The table name, also the progress stage.</param>
/// <param name="columns">The COPY's column list, in the order <paramref name="writeRow"/> writes them.</param>
/// <param name="rows">The rows.</param>
/// <param name="writeRow">Writes one row's columns (the row is already started).</param>
internal sealed class CopyTable<T>(
    string name,
    string columns,
    IReadOnlyCollection<T> rows,
    Func<NpgsqlBinaryImporter, T, CancellationToken, Task> writeRow) : ICopyTable
{
    private const int ReportEvery = 50_000;

    /// <inheritdoc/>
    public string Name => name;

    /// <inheritdoc/>
    public async Task<long> CopyAsync(NpgsqlConnection connection, ISeedProgress progress, CancellationToken cancellationToken)
    {
        progress.Report(name, 0, rows.Count);
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
                progress.Report(name, done, rows.Count);
            }
        }

        var written = await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        progress.Report(name, done, rows.Count);
        return (long)written;
    }
}
