using System.Globalization;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>
/// Places a child, for one school year, in the school its age on 1 September calls for: a nursery
/// (0–2, from three months, for some children of Genova), a preschool (3–5), primary (6–10, class
/// year = age − 5) or lower secondary (11–13, class year = age − 10), among the schools of the area
/// the child lives in; and chooses the services, which are the Comune di Genova's and so only
/// offered in Genova's schools.
/// </summary>
internal sealed class EnrolmentPlanner(SchoolNetwork network)
{
    private const int YoungestNurseryMonths = 3;

    /// <summary>The enrolment of <paramref name="child"/> in <paramref name="year"/>, or null when the child is not enrolled anywhere.</summary>
    public EnrolmentDraft? Place(Resident child, PupilProfile profile, SchoolArea area, SchoolYear year, StreamKey childStream)
    {
        var age = Ages.On(child.BirthDate, year.FirstDay);
        var order = age switch
        {
            >= 0 and <= 2 when area.IsGenova && profile.AttendsNursery && MonthsOld(child, year) >= YoungestNurseryMonths => SchoolOrder.Nursery,
            >= 3 and <= 5 when profile.AttendsPreschool => SchoolOrder.Preschool,
            >= 6 and <= 10 => SchoolOrder.Primary,
            >= 11 and <= 13 => SchoolOrder.LowerSecondary,
            _ => (SchoolOrder?)null,
        };
        if (order is not { } placed || ChooseSchool(area, placed, profile) is not { } school)
        {
            return null;
        }

        var stream = childStream.Derive(year.StartYear);
        var (classYear, section, className) = Class(placed, age, child, year, profile);
        var isFirstYear = placed switch
        {
            SchoolOrder.Nursery => age == 0 || Ages.On(child.BirthDate, year.Previous.FirstDay) < 0 || MonthsOld(child, year.Previous) < YoungestNurseryMonths,
            SchoolOrder.Preschool => age == 3,
            _ => classYear == 1,
        };
        return new EnrolmentDraft
        {
            Pupil = child,
            Area = area,
            Year = year,
            School = school,
            Profile = profile,
            Stream = stream,
            ClassYear = classYear,
            Section = section,
            ClassName = className,
            EnrolledOn = EnrolledOn(placed, isFirstYear, year, stream.Derive("enrolled").Open()),
            Services = Services(placed, area, profile),
        };
    }

    private School? ChooseSchool(SchoolArea area, SchoolOrder order, PupilProfile profile)
    {
        IReadOnlyList<School> candidates = order switch
        {
            SchoolOrder.Nursery => network.In(area.Key, order, SchoolManagement.Municipal),
            SchoolOrder.Preschool when area.IsGenova && profile.MunicipalPreschool => network.In(area.Key, order, SchoolManagement.Municipal),
            _ => network.In(area.Key, order, SchoolManagement.State),
        };
        return candidates.Count == 0 ? null : candidates[profile.SchoolPick % candidates.Count];
    }

    private static (int? ClassYear, string Section, string ClassName) Class(SchoolOrder order, int age, Resident child, SchoolYear year, PupilProfile profile)
    {
        switch (order)
        {
            case SchoolOrder.Nursery:
                // Nurseries group children by age: lattanti under 12 months, semidivezzi under 24, divezzi older.
                var months = MonthsOld(child, year);
                var group = months < 12 ? "Lattanti" : months < 24 ? "Semidivezzi" : "Divezzi";
                return (null, group, group);
            case SchoolOrder.Preschool:
                var letter = profile.PreschoolSection.ToString();
                return (null, letter, $"Sezione {letter}");
            case SchoolOrder.Primary:
                return (age - 5, profile.PrimarySection.ToString(), string.Create(CultureInfo.InvariantCulture, $"{age - 5}{profile.PrimarySection}"));
            default:
                return (age - 10, profile.SecondarySection.ToString(), string.Create(CultureInfo.InvariantCulture, $"{age - 10}{profile.SecondarySection}"));
        }
    }

    // A first enrolment is an online application (in January for schools, in spring for the Comune's
    // nurseries); later years are renewed automatically at the start of July.
    private static DateOnly EnrolledOn(SchoolOrder order, bool isFirstYear, SchoolYear year, SplitMix64 random) => !isFirstYear
        ? new DateOnly(year.StartYear, 7, 1)
        : order == SchoolOrder.Nursery
            ? new DateOnly(year.StartYear, 4, 1).AddDays(random.Next(0, 40))
            : new DateOnly(year.StartYear, 1, 8).AddDays(random.Next(0, 24));

    private static List<SchoolService> Services(SchoolOrder order, SchoolArea area, PupilProfile profile)
    {
        var services = new List<SchoolService>();
        if (!area.IsGenova)
        {
            return services;
        }

        if (order == SchoolOrder.Nursery)
        {
            services.Add(profile.NurseryFullTime ? SchoolService.NurseryFullTime : SchoolService.NurseryPartTime);
            return services;
        }

        if (profile.EatsAtCanteen(order))
        {
            services.Add(SchoolService.Canteen);
        }

        if (order is SchoolOrder.Preschool or SchoolOrder.Primary)
        {
            if (profile.EarlyEntry)
            {
                services.Add(SchoolService.EarlyEntry);
            }

            if (profile.AfterSchool)
            {
                services.Add(SchoolService.AfterSchool);
            }
        }

        return services;
    }

    private static int MonthsOld(Resident child, SchoolYear year)
    {
        var date = year.FirstDay;
        var months = ((date.Year - child.BirthDate.Year) * 12) + date.Month - child.BirthDate.Month;
        return date.Day < child.BirthDate.Day ? months - 1 : months;
    }
}
