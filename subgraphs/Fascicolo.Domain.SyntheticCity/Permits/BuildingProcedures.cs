using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>
/// The SUE's procedures of the last three years: owners of Genova dwellings file CILAs, building
/// SCIAs and permit applications for works on their building, about twelve per thousand residents.
/// </summary>
internal static class BuildingProcedures
{
    private const int PerThousandResidents = 12;
    private const int HistoryYears = 3;

    private static readonly WeightedTable<ProcedureKind> Kinds = new(
    [
        (ProcedureKind.Cila, 60),
        (ProcedureKind.BuildingScia, 28),
        (ProcedureKind.BuildingPermit, 12),
    ]);

    /// <summary>The drafts, in index order.</summary>
    public static IReadOnlyList<ProcedureDraft> Draft(City city, StreamKey root, PermitCandidates candidates)
    {
        var count = candidates.Dwellings.Count == 0 ? 0 : (int)Math.Round(city.Residents.Count * PerThousandResidents / 1000.0);
        var referenceDate = city.Options.ReferenceDate;
        var firstDay = referenceDate.AddYears(-HistoryYears);
        var drafts = new List<ProcedureDraft>(count);
        for (var index = 0; index < count; index++)
        {
            var random = root.Derive(index).Open();
            var unit = candidates.Dwellings[random.Next(candidates.Dwellings.Count)];
            var owners = unit.Owners.Where(o => !candidates.PersonaMembers.Contains(o.OwnerFiscalCode)).ToList();
            var applicant = owners[random.Next(owners.Count)].OwnerFiscalCode;
            var kind = Kinds.Pick(random);
            var submittedAt = SubmissionMoment(firstDay, referenceDate, random);
            drafts.Add(ProcedureDraft.Create(
                $"sue/{index:D7}", kind, null, ProcedureTitles.Building(kind, random), applicant, unit.BuildingId, null, submittedAt, referenceDate, random));
        }
        return drafts;
    }

    /// <summary>A moment in office hours on a working day in [<paramref name="firstDay"/>, <paramref name="referenceDate"/>).</summary>
    public static DateTimeOffset SubmissionMoment(DateOnly firstDay, DateOnly referenceDate, SplitMix64 random)
    {
        var lastDay = referenceDate.AddDays(-1);
        while (true)
        {
            var day = OfficeHours.Day(firstDay.AddDays(random.Next(lastDay.DayNumber - firstDay.DayNumber + 1)));
            if (day < referenceDate)
            {
                return OfficeHours.At(day, random);
            }
        }
    }
}
