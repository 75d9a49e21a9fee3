using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Subgraphs.Kit;

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

        var rows = await new BulkCopy
        {
            Tables = tables,
            AnalysedTables = PermitsTables.Names,
        }.WriteAsync(context, cancellationToken).ConfigureAwait(false);

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
