using Npgsql;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// Writes one subgraph's slice of the synthetic city into its (migrated, empty) database.
/// </summary>
/// <remarks>
/// The seeder may open as many connections and transactions from <see cref="SeedContext.DataSource"/>
/// as it likes (parallel binary COPY is welcome): the seed command makes the whole run atomic from
/// the outside by resetting the schema when the seeder fails or is cancelled (see <see cref="SeedCommand"/>).
/// It must honour the cancellation token so that Ctrl-C stops it promptly.
/// </remarks>
public interface ISubgraphSeeder
{
    /// <summary>Seeds the database and reports how many rows each table received.</summary>
    /// <param name="context">The data source, the size and seed of the city, and a progress sink.</param>
    /// <param name="cancellationToken">Cancelled on Ctrl-C or SIGTERM.</param>
    /// <returns>The rows written per table.</returns>
    Task<SeedResult> SeedAsync(SeedContext context, CancellationToken cancellationToken);
}

/// <summary>What a seeder receives.</summary>
/// <param name="DataSource">The subgraph's data source (its database's <c>public</c> schema, migrated and empty).</param>
/// <param name="Residents">How many residents the synthetic city has.</param>
/// <param name="Seed">The generator seed: the same seed and size always give the same city.</param>
/// <param name="Progress">Where to report progress; thread-safe.</param>
public sealed record SeedContext(NpgsqlDataSource DataSource, int Residents, ulong Seed, ISeedProgress Progress);

/// <summary>What a seeder wrote.</summary>
/// <param name="RowsPerTable">Rows written per table name.</param>
public sealed record SeedResult(IReadOnlyDictionary<string, long> RowsPerTable)
{
    /// <summary>
    /// Optional JSON-serialisable facts about the seed (e.g. the personas a demo can log in as); stored
    /// with the seed journal and written under <c>details</c> in the <c>--report</c> file.
    /// </summary>
    public object? Details { get; init; }
}

/// <summary>A progress sink for long seeding stages. Implementations are thread-safe.</summary>
public interface ISeedProgress
{
    /// <summary>Reports that <paramref name="done"/> of <paramref name="total"/> items of <paramref name="stage"/> are written.</summary>
    /// <param name="stage">A short stage name, e.g. <c>citizens</c>.</param>
    /// <param name="done">Items done so far.</param>
    /// <param name="total">Items in the stage.</param>
    void Report(string stage, long done, long total);
}
