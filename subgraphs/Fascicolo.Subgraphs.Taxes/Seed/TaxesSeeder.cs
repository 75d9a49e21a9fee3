using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Taxes;
using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Taxes.Seed;

/// <summary>
/// Writes the taxes slice of the synthetic city (the rates table, holdings, TARI accounts, payments,
/// assessments with their instalments, refunds) with binary COPY in one transaction; keys and
/// indexes are built once, after the load.
/// </summary>
internal sealed class TaxesSeeder : ISubgraphSeeder
{
    // Index builds sort in memory up to this much instead of spilling to disk (session-local).
    private const string SessionSettings = "set local maintenance_work_mem = '256MB'";

    /// <inheritdoc/>
    public async Task<SeedResult> SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Progress.Report("generate", 0, 2);
        var city = SyntheticCityGenerator.Generate(new CityOptions { Residents = context.Residents, Seed = context.Seed });
        var payments = city.TaxPayments().ToList();
        context.Progress.Report("generate", 1, 2);
        var tables = TaxesTables.From(city, payments);
        context.Progress.Report("generate", 2, 2);

        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var connection = await context.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, SessionSettings, cancellationToken).ConfigureAwait(false);
            var deferred = await DeferredIndexes.DropAsync(connection, transaction, TaxesTables.Names, cancellationToken).ConfigureAwait(false);
            foreach (var table in tables)
            {
                rows[table.Name] = (long)await table.CopyAsync(connection, context.Progress, cancellationToken).ConfigureAwait(false);
            }
            context.Progress.Report("indexes", 0, 1);
            await deferred.RestoreAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            context.Progress.Report("indexes", 1, 1);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

            // Fresh statistics, so the first lookups are planned on the real row counts.
            await ExecuteAsync(connection, null, "analyze " + string.Join(", ", TaxesTables.Names), cancellationToken).ConfigureAwait(false);
        }

        var taxpayer = city.GetPersona(DemoPersonaKeys.Taxpayer).FiscalCode;
        return new SeedResult(rows)
        {
            Details = new
            {
                years = city.TaxYears().Select(y => y.Year),
                overdueTariNotice = city.TaxAssessmentsOf(taxpayer).Where(a => a.PaidOn is null).Select(a => new { a.Id, a.Iupd, a.Year, totalCents = a.Amounts.TotalCents }),
            },
        };
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
