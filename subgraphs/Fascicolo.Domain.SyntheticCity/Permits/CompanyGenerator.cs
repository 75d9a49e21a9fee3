using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>
/// The city's businesses: a few per thousand residents, each owned by a resident of working age,
/// with premises in one of Genova's shop or office buildings and a VAT number of the Genova office.
/// </summary>
internal static class CompanyGenerator
{
    private const int PerThousandResidents = 6;

    // A VAT number is a 7-digit progressive number, the 3-digit provincial office (010 for Genova)
    // and a check digit. Generated businesses take disjoint blocks of progressive numbers above
    // every fixed code of the city (Comune di Genova is 0085693), so they never collide.
    private const long FirstProgressive = 2_000_000;
    private const int ProgressiveBlock = 37;
    private const long GenovaOffice = 10;

    private static readonly DateOnly EarliestRegistration = new(1985, 1, 1);

    private static readonly WeightedTable<AtecoActivity> Activities = new(AtecoActivities.Weighted);

    private static readonly WeightedTable<string> Forms = new(
    [
        (LegalForms.SoleProprietorship, 55),
        (LegalForms.LimitedCompany, 22),
        (LegalForms.GeneralPartnership, 9),
        (LegalForms.LimitedPartnership, 7),
        (LegalForms.SimplifiedLimitedCompany, 7),
    ]);

    /// <summary>How many businesses a city of this size has besides the sole trader's.</summary>
    public static int CountFor(int residents) => (int)Math.Round(residents * PerThousandResidents / 1000.0);

    /// <summary>The generated businesses, in index order.</summary>
    public static IReadOnlyList<Company> Generate(City city, StreamKey root, PermitCandidates candidates)
    {
        var count = candidates.Owners.Count == 0 ? 0 : CountFor(city.Residents.Count);
        var latest = city.Options.ReferenceDate.AddDays(-30);
        var companies = new List<Company>(count);
        for (var index = 0; index < count; index++)
        {
            var random = root.Derive(index).Open();
            var owner = candidates.Owners[random.Next(candidates.Owners.Count)];
            var activity = Activities.Pick(random);
            var legalForm = Forms.Pick(random);
            var premises = candidates.Premises[random.Next(candidates.Premises.Count)];
            var progressive = FirstProgressive + ((long)index * ProgressiveBlock) + random.Next(ProgressiveBlock);
            var earliest = Max(EarliestRegistration, owner.BirthDate.AddYears(20));
            var registeredOn = earliest >= latest ? latest : earliest.AddDays(random.Next(latest.DayNumber - earliest.DayNumber));
            companies.Add(new Company(
                CompanyFiscalCode.Generate((progressive * 1000) + GenovaOffice),
                CompanyNames.For(legalForm, activity, owner),
                legalForm,
                owner.FiscalCode,
                activity.Code,
                premises.Id)
            {
                RegisteredOn = registeredOn,
            });
        }
        return companies;
    }

    private static DateOnly Max(DateOnly left, DateOnly right) => left > right ? left : right;
}
