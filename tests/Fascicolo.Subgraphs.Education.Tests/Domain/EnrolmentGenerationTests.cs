using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Education;

namespace Fascicolo.Subgraphs.Education.Tests.Domain;

/// <summary>The education facet places every child where their age on 1 September says, near home.</summary>
public sealed class EnrolmentGenerationTests
{
    private static City City => GeneratedCities.Default;

    public static TheoryData<string> Sizes => ["smallest", "default"];

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Enrolments_Should_MatchTheAgeOnTheFirstOfSeptember_When_Generated(string size)
    {
        var city = size == "default" ? GeneratedCities.Default : GeneratedCities.Smallest;

        Assert.All(city.Enrolments(), e =>
        {
            var age = city.FindResident(e.PupilFiscalCode)!.AgeOn(e.SchoolYear.FirstDay);
            var school = city.FindSchool(e.SchoolCode)!;
            Assert.Equal(school.Order, e.Order);
            switch (e.Order)
            {
                case SchoolOrder.Nursery:
                    Assert.InRange(age, 0, 2);
                    Assert.Null(e.ClassYear);
                    break;
                case SchoolOrder.Preschool:
                    Assert.InRange(age, 3, 5);
                    Assert.Equal($"Sezione {e.Section}", e.ClassName);
                    break;
                case SchoolOrder.Primary:
                    Assert.Equal(age - 5, e.ClassYear);
                    Assert.Equal($"{age - 5}{e.Section}", e.ClassName);
                    break;
                default:
                    Assert.Equal(age - 10, e.ClassYear);
                    break;
            }
        });
    }

    [Fact]
    public void Nurseries_Should_GroupChildrenByMonthsOfAge_When_TheyAreAtLeastThreeMonthsOld()
    {
        var nursery = City.Enrolments().Where(e => e.Order == SchoolOrder.Nursery).ToList();

        Assert.NotEmpty(nursery);
        Assert.All(nursery, e =>
        {
            var birth = City.FindResident(e.PupilFiscalCode)!.BirthDate;
            var first = e.SchoolYear.FirstDay;
            var months = ((first.Year - birth.Year) * 12) + first.Month - birth.Month - (first.Day < birth.Day ? 1 : 0);
            Assert.True(months >= 3, $"{e.Id}: {months} months old on {first}");
            Assert.Equal(months < 12 ? "Lattanti" : months < 24 ? "Semidivezzi" : "Divezzi", e.ClassName);
            Assert.Single(e.Services, s => s is SchoolService.NurseryFullTime or SchoolService.NurseryPartTime);
        });
    }

    [Fact]
    public void Enrolments_Should_IncludeEveryChildOfCompulsorySchoolAge_When_Generated()
    {
        foreach (var year in new[] { City.CurrentSchoolYear(), City.CurrentSchoolYear().Previous })
        {
            var enrolled = City.Enrolments().Where(e => e.SchoolYear == year).Select(e => e.PupilFiscalCode).ToHashSet();
            var compulsory = City.Residents.Where(r => r.AgeOn(year.FirstDay) is >= 6 and <= 13).ToList();

            Assert.NotEmpty(compulsory);
            Assert.All(compulsory, r => Assert.Contains(r.FiscalCode, enrolled));
            Assert.Equal(enrolled.Count, City.Enrolments().Count(e => e.SchoolYear == year));
        }
    }

    [Fact]
    public void Enrolments_Should_BeInASchoolOfTheChildsOwnArea_When_Generated()
    {
        Assert.All(City.Enrolments(), e =>
        {
            var home = HomeOf(City, e.PupilFiscalCode);
            var school = City.FindSchool(e.SchoolCode)!;
            Assert.Equal(home.MunicipalityCode, school.MunicipalityCode);
            Assert.Equal(home.Municipio, school.Municipio);
        });
    }

    [Fact]
    public void Schools_Should_HaveUniqueWellFormedCodesAndRealBuildingsOfTheirArea_When_Generated()
    {
        var schools = City.Schools();

        Assert.Equal(schools.Count, schools.Select(s => s.Code).Distinct().Count());
        Assert.Equal(schools.Count, schools.Select(s => s.Name).Distinct().Count());
        Assert.All(schools, s =>
        {
            var building = City.FindBuilding(s.BuildingId);
            Assert.NotNull(building);
            Assert.Equal(s.MunicipalityCode, building.MunicipalityCode);
            Assert.Equal(s.Municipio, building.Municipio);
            if (s.Management == SchoolManagement.State)
            {
                Assert.Matches("^GE(AA|EE|MM)[0-9]{5}[0-9A-Z]$", s.Code);
                Assert.Matches("^GEIC[0-9]{3}00[0-9A-Z]$", s.Institute!.Code);
            }
            else
            {
                Assert.Matches("^D969-(NIDO|INF)-[1-9][0-9]{2}$", s.Code);
                Assert.Null(s.Institute);
            }
        });
    }

    [Fact]
    public void PupilPersona_Should_BeInTheThirdYearOfPrimarySchoolWithTheCanteen_When_TheSchoolYearIs2025()
    {
        var matteo = City.EnrolmentsOf(City.GetPersona(DemoPersonaKeys.Pupil).FiscalCode).Single(e => e.SchoolYear == City.CurrentSchoolYear());

        Assert.Equal("2025/26", matteo.SchoolYear.Label);
        Assert.Equal(SchoolOrder.Primary, matteo.Order);
        Assert.Equal(3, matteo.ClassYear);
        Assert.Contains(SchoolService.Canteen, matteo.Services);
        Assert.Equal(8, City.FindSchool(matteo.SchoolCode)!.Municipio);
        // The parent persona's ISEE 2026 (26,470.59 euro) is band F; Matteo is an only child.
        Assert.Equal("F", matteo.Canteen!.Band.Code);
        Assert.Equal(1, matteo.Canteen.SiblingOrdinal);
        Assert.Equal(City.GetPersona(DemoPersonaKeys.Parent).FiscalCode, matteo.Canteen.PayerFiscalCode);
        Assert.NotNull(matteo.BookVoucher);
    }

    [Fact]
    public void WelfarePersonasDaughter_Should_BeInPreschoolWithTheCanteen_When_TheSchoolYearIs2025()
    {
        var mother = City.FindResident(City.GetPersona(DemoPersonaKeys.WelfareRecipient).FiscalCode)!;
        var aurora = City.FindHousehold(mother.HouseholdId)!.Members.Single(m => m.RelationshipCode == RelationshipCodes.Child);

        var enrolment = City.EnrolmentsOf(aurora.FiscalCode).Single(e => e.SchoolYear == City.CurrentSchoolYear());

        Assert.Equal(new DateOnly(2019, 10, 3), City.FindResident(aurora.FiscalCode)!.BirthDate);
        Assert.Equal(SchoolOrder.Preschool, enrolment.Order);
        Assert.Contains(SchoolService.Canteen, enrolment.Services);
        // ISEE 5,762.71 euro: band B.
        Assert.Equal("B", enrolment.Canteen!.Band.Code);
        Assert.Equal(mother.FiscalCode, enrolment.Canteen.PayerFiscalCode);
    }

    [Fact]
    public void Services_Should_OnlyBeOfferedInGenova_When_TheSchoolIsElsewhere()
    {
        var elsewhere = City.Enrolments().Where(e => City.FindSchool(e.SchoolCode)!.MunicipalityCode != "D969").ToList();

        Assert.NotEmpty(elsewhere);
        Assert.All(elsewhere, e =>
        {
            Assert.Empty(e.Services);
            Assert.Null(e.Canteen);
            Assert.Null(e.BookVoucher);
        });
    }

    [Fact]
    public void Generate_Should_GiveTheSameFacet_When_RunTwiceWithTheSameOptions()
    {
        var again = GeneratedCities.Generate(City.Residents.Count);

        Assert.Equal(Fingerprint(City), Fingerprint(again));
    }

    private static (string MunicipalityCode, int? Municipio) HomeOf(City city, string fiscalCode)
    {
        var household = city.FindHousehold(city.FindResident(fiscalCode)!.HouseholdId)!;
        var building = city.FindBuilding(city.FindDwelling(household.DwellingId)!.BuildingId)!;
        return (building.MunicipalityCode, building.Municipio);
    }

    private static string Fingerprint(City city) => string.Join(
        "\n",
        city.Enrolments().Select(e =>
            $"{e.Id} {e.PupilFiscalCode} {e.SchoolCode} {e.ClassName} {e.EnrolledOn} {string.Join(',', e.Services)} " +
            $"{e.Canteen?.Band.Code} {e.Canteen?.MealFeeCents} {string.Join(',', e.Canteen?.Bills.Select(b => $"{b.Iupd}:{b.AmountCents}:{b.PaidOn}") ?? [])} " +
            $"{string.Join(',', e.Diets.Select(d => d.Code))} {e.BookVoucher?.Number}:{e.BookVoucher?.RedeemedOn}"));
}
