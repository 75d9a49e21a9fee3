using Fascicolo.Domain.Payments.Positions;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Payments.Data;

namespace Fascicolo.Subgraphs.Payments.Seed;

/// <summary>
/// Writes the payments slice of the synthetic city (the ledger's payments due as GPD positions,
/// options, transfers and receipts) with binary COPY in one transaction; keys, indexes and foreign
/// keys are built once, after the load.
/// </summary>
/// <param name="ledger">The payments due of a city, in the order their IUVs are issued.</param>
internal sealed class PaymentsSeeder(Func<City, IReadOnlyList<PaymentDue>> ledger) : ISubgraphSeeder
{
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

        var written = await new BulkCopy
        {
            Tables = PaymentsTables.From(rows),
            DeferredConstraintTables = PaymentsTables.Names,
            AnalysedTables = PaymentsTables.Names,
        }.WriteAsync(context, cancellationToken).ConfigureAwait(false);

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
}
