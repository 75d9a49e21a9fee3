using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Education.Seed;

/// <summary>
/// Writes the education slice of the synthetic city (schools, enrolments, canteen attendance and
/// bills, special diets, textbook vouchers) with binary COPY in one transaction; keys, indexes and
/// foreign keys are built once, after the load.
/// </summary>
internal sealed class EducationSeeder : ISubgraphSeeder
{
    /// <inheritdoc/>
    public async Task<SeedResult> SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Progress.Report("generate", 0, 1);
        var city = SyntheticCityGenerator.Generate(new CityOptions { Residents = context.Residents, Seed = context.Seed });
        var tables = EducationTables.From(city);
        context.Progress.Report("generate", 1, 1);

        var rows = await new BulkCopy
        {
            Tables = tables,
            DeferredConstraintTables = EducationTables.Names,
            AnalysedTables = EducationTables.Names,
        }.WriteAsync(context, cancellationToken).ConfigureAwait(false);

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
}
