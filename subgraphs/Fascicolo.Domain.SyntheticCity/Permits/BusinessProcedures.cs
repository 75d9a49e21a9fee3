using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>
/// The SUAP's procedures of the last three years: the SCIA that opened each business registered in
/// that time, and for about a quarter of all businesses a later SCIA or authorisation. The owner files.
/// </summary>
internal static class BusinessProcedures
{
    private const int HistoryYears = 3;
    private const double LaterProcedureShare = 0.25;
    private const double LaterSciaShare = 0.6;

    /// <summary>The drafts, company by company in index order.</summary>
    public static IReadOnlyList<ProcedureDraft> Draft(City city, StreamKey root, IReadOnlyList<Company> companies)
    {
        var referenceDate = city.Options.ReferenceDate;
        var firstDay = referenceDate.AddYears(-HistoryYears);
        var drafts = new List<ProcedureDraft>();
        for (var index = 0; index < companies.Count; index++)
        {
            var company = companies[index];
            var sector = AtecoActivities.Find(company.AtecoCode)!.Sector;
            var random = root.Derive(index).Open();

            var openingDay = OfficeHours.Day(company.RegisteredOn.AddDays(random.Next(0, 20)));
            if (company.RegisteredOn >= firstDay && openingDay < referenceDate)
            {
                drafts.Add(Draft(company, index, 0, ProcedureKind.BusinessScia, sector, ProcedureTitles.Opening(sector), OfficeHours.At(openingDay, random), referenceDate, random));
            }

            var earliest = company.RegisteredOn.AddDays(30) > firstDay ? company.RegisteredOn.AddDays(30) : firstDay;
            if (random.Chance(LaterProcedureShare) && earliest < referenceDate)
            {
                var scia = random.Chance(LaterSciaShare);
                drafts.Add(Draft(
                    company,
                    index,
                    1,
                    scia ? ProcedureKind.BusinessScia : ProcedureKind.BusinessAuthorisation,
                    sector,
                    scia ? ProcedureTitles.Change(sector) : ProcedureTitles.Authorisation(sector),
                    BuildingProcedures.SubmissionMoment(earliest, referenceDate, random),
                    referenceDate,
                    random));
            }
        }
        return drafts;
    }

    private static ProcedureDraft Draft(
        Company company, int index, int ordinal, ProcedureKind kind, BusinessSector sector, string title, DateTimeOffset submittedAt, DateOnly referenceDate, SplitMix64 random) =>
        ProcedureDraft.Create(
            $"suap/{index:D7}/{ordinal}", kind, sector, title, company.OwnerFiscalCode, company.BuildingId, company.FiscalCode, submittedAt, referenceDate, random);
}
