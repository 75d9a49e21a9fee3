using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Registry.Seed;

/// <summary>
/// Writes the registry's slice of the synthetic city (municipalities, the street register, citizens,
/// residences, households and their members, identity documents) with binary COPY in one
/// transaction; keys, indexes and foreign keys are built once, after the load.
/// </summary>
internal sealed class RegistrySeeder : ISubgraphSeeder
{
    /// <inheritdoc/>
    public async Task<SeedResult> SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Progress.Report("generate", 0, 1);
        var city = SyntheticCityGenerator.Generate(new CityOptions { Residents = context.Residents, Seed = context.Seed });
        var tables = RegistryTables.From(city);
        context.Progress.Report("generate", 1, 1);

        var rows = await new BulkCopy
        {
            Tables = tables,
            DeferredConstraintTables = RegistryTables.Names,
            AnalysedTables = RegistryTables.Names,
        }.WriteAsync(context, cancellationToken).ConfigureAwait(false);

        return new SeedResult(rows)
        {
            Details = new { personas = city.Personas.Select(p => new { p.Key, p.FiscalCode, p.FullName }) },
        };
    }
}
