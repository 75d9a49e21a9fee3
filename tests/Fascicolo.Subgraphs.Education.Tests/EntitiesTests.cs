using System.Globalization;
using System.Text.Json;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Education.Tests;

/// <summary>
/// <c>_entities</c>: the half of the parent's view this subgraph serves. The registry says who the
/// household's members are; the gateway then asks this subgraph for each member's school data.
/// </summary>
[Collection(SeededEducation.Name)]
public sealed class EntitiesTests(EducationFixture fixture)
{
    [Fact]
    public async Task Entities_Should_GiveTheChildrenTheirEnrolments_When_TheParentPersonasHouseholdIsResolved()
    {
        var giulia = fixture.City.FindResident(fixture.FiscalCodeOf(DemoPersonaKeys.Parent))!;
        var members = fixture.City.FindHousehold(giulia.HouseholdId)!.Members.Select(m => m.FiscalCode).ToList();

        using var response = await fixture.Host.QueryAsync(Queries.CitizenEntities, new { representations = members.Select(Queries.Citizen).ToList() });

        var entities = response.Data().GetProperty("_entities").EnumerateArray().ToList();
        Assert.Equal(members, entities.Select(e => e.GetProperty("fiscalCode").GetString()));
        var matteo = entities.Single(e => e.GetProperty("fiscalCode").GetString() == fixture.FiscalCodeOf(DemoPersonaKeys.Pupil));
        var current = matteo.GetProperty("enrolments")[0];
        Assert.Equal("2025/26", current.GetProperty("schoolYear").GetString());
        Assert.Equal("PRIMARY", current.GetProperty("school").GetProperty("order").GetString());
        Assert.Equal(3, current.GetProperty("classYear").GetInt32());
        Assert.Equal("F", current.GetProperty("canteen").GetProperty("feeBand").GetProperty("code").GetString());
        // The parents are no pupils, and the mother, head of the household, is billed.
        Assert.All(entities.Where(e => e.GetProperty("fiscalCode").GetString() != matteo.GetProperty("fiscalCode").GetString()),
            e => Assert.Equal(0, e.GetProperty("enrolments").GetArrayLength()));
        var bills = entities.Single(e => e.GetProperty("fiscalCode").GetString() == giulia.FiscalCode).GetProperty("canteenBills").EnumerateArray().ToList();
        Assert.NotEmpty(bills);
        Assert.All(bills, b => Assert.Equal(matteo.GetProperty("fiscalCode").GetString(), b.GetProperty("pupil").GetProperty("fiscalCode").GetString()));
    }

    [Fact]
    public async Task Entities_Should_AgreeWithTheGeneratedCity_When_ResolvingTheChildrensFiscalCodes()
    {
        var aurora = fixture.WelfarePersonaDaughter.FiscalCode;
        string[] children = [fixture.FiscalCodeOf(DemoPersonaKeys.Pupil), aurora, .. fixture.City.Enrolments().Select(e => e.PupilFiscalCode).Distinct().Take(20)];

        using var response = await fixture.Host.QueryAsync(Queries.CitizenEntities, new { representations = children.Select(Queries.Citizen).ToList() });

        var entities = response.Data().GetProperty("_entities").EnumerateArray().ToList();
        for (var i = 0; i < children.Length; i++)
        {
            var expected = fixture.City.EnrolmentsOf(children[i]).OrderByDescending(e => e.SchoolYear.StartYear).ToList();
            var enrolments = entities[i].GetProperty("enrolments").EnumerateArray().ToList();
            Assert.Equal(expected.Select(e => e.Id), enrolments.Select(e => e.GetProperty("id").GetString()));
            for (var j = 0; j < expected.Count; j++)
            {
                AssertEnrolment(expected[j], enrolments[j]);
            }
        }
    }

    [Fact]
    public async Task Entities_Should_ReturnACitizenWithEmptyLists_When_TheCodeIsValidButUnknown()
    {
        const string Unknown = "RSSMRA45D25F205N";
        Assert.Null(fixture.City.FindResident(Unknown));

        using var response = await fixture.Host.QueryAsync(Queries.CitizenEntities, new { representations = new[] { Queries.Citizen(Unknown) } });

        var citizen = response.Data().GetProperty("_entities")[0];
        Assert.Equal(Unknown, citizen.GetProperty("fiscalCode").GetString());
        Assert.Equal(0, citizen.GetProperty("enrolments").GetArrayLength());
        Assert.Equal(0, citizen.GetProperty("canteenBills").GetArrayLength());
        Assert.Equal(0, citizen.GetProperty("bookVouchers").GetArrayLength());
    }

    [Fact]
    public async Task Entities_Should_FailWithInvalidFiscalCode_When_ARepresentationHoldsAnInvalidCode()
    {
        using var response = await fixture.Host.QueryAsync(Queries.CitizenEntities, new { representations = new[] { Queries.Citizen("RSSMRA45D25F205X") } });

        var error = response.SingleError();
        Assert.Equal("INVALID_FISCAL_CODE", error.Extension("code"));
        Assert.Equal("CHECK_CHARACTER_MISMATCH", error.Extension("reason"));
    }

    [Fact]
    public async Task Entities_Should_ResolveSchoolsAndEnrolmentsByKey_When_GivenMixedRepresentations()
    {
        var school = fixture.City.Schools()[0];
        var enrolment = fixture.City.Enrolments()[^1];
        object[] representations =
        [
            EntityRepresentations.Representation("Enrolment", "id", enrolment.Id),
            EntityRepresentations.Representation("School", "code", school.Code),
            EntityRepresentations.Representation("School", "code", "GEEE99999Z"),
            EntityRepresentations.Representation("Enrolment", "id", "ENR-1999-0000001"),
        ];

        using var response = await fixture.Host.QueryAsync(Queries.CitizenEntities, new { representations });

        var entities = response.Data().GetProperty("_entities").EnumerateArray().ToList();
        Assert.Equal("Enrolment", entities[0].GetProperty("__typename").GetString());
        Assert.Equal(enrolment.ClassName, entities[0].GetProperty("className").GetString());
        Assert.Equal(enrolment.SchoolCode, entities[0].GetProperty("school").GetProperty("code").GetString());
        Assert.Equal(school.Name, entities[1].GetProperty("name").GetString());
        Assert.True(entities[2].IsNull());
        Assert.True(entities[3].IsNull());
    }

    private static void AssertEnrolment(Enrolment expected, JsonElement actual)
    {
        Assert.Equal(expected.SchoolYear.Label, actual.GetProperty("schoolYear").GetString());
        Assert.Equal(expected.SchoolCode, actual.GetProperty("school").GetProperty("code").GetString());
        Assert.Equal(expected.ClassName, actual.GetProperty("className").GetString());
        Assert.Equal(expected.Services.Count, actual.GetProperty("services").GetArrayLength());
        Assert.Equal(expected.Diets.Select(d => d.Code), actual.GetProperty("specialDiets").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        Assert.Equal(expected.BookVoucher?.Number, actual.GetProperty("bookVoucher").IsNull() ? null : actual.GetProperty("bookVoucher").GetProperty("number").GetString());
        var canteen = actual.GetProperty("canteen");
        if (expected.Canteen is null)
        {
            Assert.True(canteen.IsNull());
            return;
        }

        Assert.Equal(expected.Canteen.Band.Code, canteen.GetProperty("feeBand").GetProperty("code").GetString());
        Assert.Equal(expected.Canteen.MealFeeCents, canteen.GetProperty("mealFee").GetProperty("cents").GetInt64());
        var months = canteen.GetProperty("attendance").EnumerateArray().ToList();
        Assert.Equal(expected.Canteen.Months.Select(m => m.Meals), months.Select(m => m.GetProperty("meals").GetInt32()));
        // The daily register: every day served, present unless listed as an absence.
        Assert.Equal(
            expected.Canteen.Months.SelectMany(m => m.ServiceDays.Select(d => (d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), !m.Absences.Contains(d)))),
            months.SelectMany(m => m.GetProperty("days").EnumerateArray()).Select(d => (d.GetProperty("date").GetString()!, d.GetProperty("present").GetBoolean())));
        // What the API bills is what the ledger (and so pagoPA) claims.
        Assert.Equal(expected.Canteen.Bills.Select(b => (b.Iupd, b.AmountCents)), canteen.GetProperty("bills").EnumerateArray()
            .Select(b => (b.GetProperty("iupd").GetString()!, b.GetProperty("amount").GetProperty("cents").GetInt64())));
    }
}
