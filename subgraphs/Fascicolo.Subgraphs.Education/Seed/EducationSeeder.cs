using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Education.Seed;

/// <summary>
/// Writes the education slice of the synthetic city (schools, enrolments, canteen attendance and
/// bills, special diets, textbook vouchers) with binary COPY in one transaction; keys, indexes and
/// foreign keys are built once, after the load.
/// </summary>
internal sealed class EducationSeeder : ISubgraphSeeder
{
    // Index builds sort in memory up to this much instead of spilling to disk (session-local).
    private const string SessionSettings = "set local maintenance_work_mem = '256MB'";

    /// <inheritdoc/>
    public async Task<SeedResult> SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Progress.Report("generate", 0, 1);
        var city = SyntheticCityGenerator.Generate(new CityOptions { Residents = context.Residents, Seed = context.Seed });
        var tables = EducationTables.From(city);
        context.Progress.Report("generate", 1, 1);

        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var connection = await context.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, SessionSettings, cancellationToken).ConfigureAwait(false);
            var deferred = await DeferredConstraints.DropAsync(connection, transaction, EducationTables.Names, cancellationToken).ConfigureAwait(false);
            foreach (var table in tables)
            {
                rows[table.Name] = (long)await table.CopyAsync(connection, context.Progress, cancellationToken).ConfigureAwait(false);
            }

            context.Progress.Report("indexes", 0, 1);
            await deferred.RestoreAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            context.Progress.Report("indexes", 1, 1);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

            // Fresh statistics, so the first lookups are planned on the real row counts.
            await ExecuteAsync(connection, null, "analyze " + string.Join(", ", EducationTables.Names), cancellationToken).ConfigureAwait(false);
        }

        return new SeedResult(rows) { Details = Details(city) };
    }

    // What a demo needs to know: the school year, and the school of the persona children.
    private static object Details(City city)
    {
        var pupils = city.Personas.Select(p => p.FiscalCode)
            .Concat(city.Personas.SelectMany(p => city.FindHousehold(city.FindResident(p.FiscalCode)!.HouseholdId)!.Members.Select(m => m.FiscalCode)))
            .Distinct(StringComparer.Ordinal)
            .SelectMany(code => city.EnrolmentsOf(code))
            .Where(e => e.SchoolYear == city.CurrentSchoolYear())
            .Select(e => new { pupil = e.PupilFiscalCode, enrolment = e.Id, school = e.SchoolCode, e.ClassName, band = e.Canteen?.Band.Code });
        return new { schoolYear = city.CurrentSchoolYear().Label, personaPupils = pupils.ToList() };
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
