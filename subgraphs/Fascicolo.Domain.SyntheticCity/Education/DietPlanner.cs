using System.Globalization;

namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>
/// Serves each canteen user the special diets of their profile from the canteen's first day. A
/// medical diet rests on a certificate a paediatrician of the ASL issues in late summer for the school
/// year; religious and ethical diets on the parents' declaration.
/// </summary>
internal sealed class DietPlanner
{
    private int _certificates;

    /// <summary>Gives the canteen users of <paramref name="year"/> their diets.</summary>
    public void Plan(SchoolYear year, IEnumerable<EnrolmentDraft> drafts)
    {
        _certificates = 0;
        foreach (var draft in drafts.Where(d => d.UsesCanteen && d.Profile.Diets.Count > 0))
        {
            var startsOn = SchoolCalendar.CanteenStart(year, draft.School.Order);
            var random = draft.Stream.Derive("diets").Open();
            draft.Diets =
            [
                .. draft.Profile.Diets.Select(code =>
                {
                    var diet = SpecialDiets.Get(code);
                    var certificate = diet.Kind != SpecialDietKind.Medical ? null : new MedicalCertificate(
                        string.Create(CultureInfo.InvariantCulture, $"ASL3-{year.StartYear}-{++_certificates:D6}"),
                        ServiceProviders.HealthAuthority,
                        random.Pick(ServiceProviders.Paediatricians),
                        new DateOnly(year.StartYear, 8, 20).AddDays(random.Next(0, 20)),
                        new DateOnly(year.StartYear + 1, 6, 30));
                    return new SpecialDiet(diet.Kind, diet.Code, diet.Description, startsOn, certificate);
                }),
            ];
        }
    }
}
