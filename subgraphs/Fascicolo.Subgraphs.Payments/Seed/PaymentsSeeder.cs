using Fascicolo.Domain.Payments.Positions;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Payments.Data;
using Npgsql;

namespace Fascicolo.Subgraphs.Payments.Seed;

/// <summary>
/// Writes the payments slice of the synthetic city (the ledger's payments due as GPD positions,
/// options, transfers and receipts) with binary COPY in one transaction; keys, indexes and foreign
/// keys are built once, after the load.
/// </summary>
/// <param name="ledger">The payments due of a city, in the order their IUVs are issued.</param>
internal sealed class PaymentsSeeder(Func<City, IReadOnlyList<PaymentDue>> ledger) : ISubgraphSeeder
{
    // Index builds sort in memory up to this much instead of spilling to disk (session-local).
    private const string SessionSettings = "set local maintenance_work_mem = '256MB'";

    /// <inheritdoc/>
    public async Task<SeedResult> SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The city and its ledger (every facet's debts) first, then this subgraph's rows: two stages,
        // so the progress output shows which one a slow seed spends its time in.
        context.Progress.Report("ledger", 0, 1);
        var city = SyntheticCityGenerator.Generate(new CityOptions { Residents = context.Residents, Seed = context.Seed });
        var due = ledger(city);
        context.Progress.Report("ledger", 1, 1);
        context.Progress.Report("positions", 0, due.Count);
        var rows = LedgerRows.From(city, due);
        context.Progress.Report("positions", due.Count, due.Count);

        var written = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var connection = await context.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, SessionSettings, cancellationToken).ConfigureAwait(false);
            var deferred = await DeferredConstraints.DropAsync(connection, transaction, PaymentsTables.Names, cancellationToken).ConfigureAwait(false);
            foreach (var table in PaymentsTables.From(rows))
            {
                written[table.Name] = await table.CopyAsync(connection, context.Progress, cancellationToken).ConfigureAwait(false);
            }

            context.Progress.Report("indexes", 0, 1);
            await deferred.RestoreAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            context.Progress.Report("indexes", 1, 1);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

            // Fresh statistics, so the first queries are planned on the real row counts.
            await ExecuteAsync(connection, null, "analyze " + string.Join(", ", PaymentsTables.Names), cancellationToken).ConfigureAwait(false);
        }

        return new SeedResult(written) { Details = Details(city, rows) };
    }

    private static object Details(City city, LedgerRows rows)
    {
        var today = city.Options.ReferenceDate;
        return new
        {
            referenceDate = today,
            positionsByService = rows.Positions.GroupBy(p => p.Service.ToCode()).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count()),
            positionsByStatusOnReferenceDate = rows.Positions.GroupBy(p => p.StatusOn(today).ToCode()).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count()),
            personas = city.Personas.Select(persona => new
            {
                persona.Key,
                persona.FiscalCode,
                positions = rows.Positions.Where(p => p.DebtorFiscalCode == persona.FiscalCode)
                    .Select(p => new { p.Iupd, status = p.StatusOn(today).ToCode(), navs = p.Options.Select(o => o.Nav) }),
            }),
        };
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
