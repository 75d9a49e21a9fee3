using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Permits.Seed;

/// <summary>
/// Seeds the permits slice of the synthetic city: businesses, procedures, their steps, documents and
/// fees, with binary COPY in one transaction. The tables are small (a few procedures per hundred
/// residents), so the migration's keys and indexes stay in place during the load.
/// </summary>
internal sealed class PermitsSeeder : ISubgraphSeeder
{
    /// <inheritdoc/>
    public async Task<SeedResult> SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Progress.Report("generate", 0, 1);
        var city = SyntheticCityGenerator.Generate(new CityOptions { Residents = context.Residents, Seed = context.Seed });
        var tables = PermitsTables.From(city);
        context.Progress.Report("generate", 1, 1);

        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var connection = await context.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            foreach (var table in tables)
            {
                rows[table.Name] = (long)await table.CopyAsync(connection, context.Progress, cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

            // Fresh statistics, so the first queries are planned on the real row counts.
            await using var analyze = new NpgsqlCommand("analyze " + string.Join(", ", PermitsTables.Names), connection);
            await analyze.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var soleTrader = city.FindPermitProcedure(SoleTraderBusiness.ProcedureId)!;
        return new SeedResult(rows)
        {
            Details = new
            {
                soleTrader = new
                {
                    company = SoleTraderBusiness.CompanyFiscalCode,
                    companyName = SoleTraderBusiness.CompanyName,
                    procedure = soleTrader.Id,
                    protocolNumber = soleTrader.ProtocolNumber,
                    state = soleTrader.State.ToString(),
                },
                procedures = city.PermitProcedures().GroupBy(p => p.Kind).ToDictionary(g => g.Key.ToString(), g => g.Count()),
            },
        };
    }
}
