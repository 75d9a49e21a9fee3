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
    // Index builds sort in memory up to this much instead of spilling to disk (session-local).
    private const string SessionSettings = "set local maintenance_work_mem = '256MB'";

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

        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var connection = await context.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, SessionSettings, cancellationToken).ConfigureAwait(false);
            var deferred = await DeferredConstraints.DropAsync(connection, transaction, WelfareTables.Names, cancellationToken).ConfigureAwait(false);
            foreach (var table in tables)
            {
                rows[table.Name] = (long)await table.CopyAsync(connection, context.Progress, cancellationToken).ConfigureAwait(false);
            }
            context.Progress.Report("indexes", 0, 1);
            await deferred.RestoreAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            context.Progress.Report("indexes", 1, 1);
            await ExecuteAsync(connection, transaction, AdvanceSequences, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

            // Fresh statistics, so the first lookups are planned on the real row counts.
            await ExecuteAsync(connection, null, "analyze " + string.Join(", ", WelfareTables.Names), cancellationToken).ConfigureAwait(false);
        }

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

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
