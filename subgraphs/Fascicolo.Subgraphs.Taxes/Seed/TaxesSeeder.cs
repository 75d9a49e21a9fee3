using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Taxes;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Taxes.Seed;

/// <summary>
/// Writes the taxes slice of the synthetic city (the rates table, holdings, TARI accounts, payments,
/// assessments with their instalments, refunds) with binary COPY in one transaction; keys and
/// indexes are built once, after the load.
/// </summary>
internal sealed class TaxesSeeder : ISubgraphSeeder
{
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

        var rows = await new BulkCopy
        {
            Tables = tables,
            DeferredConstraintTables = TaxesTables.Names,
            AnalysedTables = TaxesTables.Names,
        }.WriteAsync(context, cancellationToken).ConfigureAwait(false);

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
}
