using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Welfare;
using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Welfare.Seed;

/// <summary>
/// Seeds the welfare slice of the synthetic city (offices, ISEE attestations and their members,
/// social cases with their history, benefits) with binary COPY in one transaction; keys, indexes and
/// foreign keys are built once, after the load, and the id sequences are moved past the seeded ids.
/// </summary>
internal sealed class WelfareSeeder : ISubgraphSeeder
{
    // The next id a mutation assigns follows the last seeded one (is_called false: nextval returns n + 1).
    private const string AdvanceSequences = """
        select setval('social_case_number', (select coalesce(max(substr(id, 4)::bigint), 0) + 1 from social_case), false),
               setval('benefit_number', (select coalesce(max(substr(id, 5)::bigint), 0) + 1 from benefit), false)
        """;

    /// <inheritdoc/>
    public async Task<SeedResult> SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Progress.Report("generate", 0, 1);
        var city = SyntheticCityGenerator.Generate(new CityOptions { Residents = context.Residents, Seed = context.Seed });
        var tables = WelfareTables.From(city);
        context.Progress.Report("generate", 1, 1);

        var rows = await new BulkCopy
        {
            Tables = tables,
            DeferredConstraintTables = WelfareTables.Names,
            AnalysedTables = WelfareTables.Names,
            BeforeCommit = AdvanceSequencesAsync,
        }.WriteAsync(context, cancellationToken).ConfigureAwait(false);

        var persona = city.GetPersona(DemoPersonaKeys.WelfareRecipient);
        return new SeedResult(rows)
        {
            Details = new
            {
                persona = new { persona.Key, persona.FiscalCode, persona.FullName },
                cases = city.SocialCasesOf(persona.FiscalCode).Select(c => c.Id),
                benefits = city.WelfareBenefitsOf(persona.FiscalCode).Select(b => new { b.Id, b.Code, b.IseeProtocol }),
            },
        };
    }

    private static async Task AdvanceSequencesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IDictionary<string, long> rows, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(AdvanceSequences, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
