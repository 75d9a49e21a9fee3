using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Gateway.Trust;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Education.Tests;

/// <summary>
/// Who may read the school data, through HTTP with the internal token of each kind of caller: Matteo's
/// (the pupil persona) is open to his mother Giulia when her token names him among her wards, to the
/// education desks, and to nobody else; schools, fee bands and the simulation are public.
/// </summary>
[Collection(SeededEducation.Name)]
public sealed class AccessTests(EducationFixture fixture)
{
    private const string SchoolRecord = """
        query($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Citizen {
              enrolments {
                id className school { name }
                canteen { feeBand { code } payer { fiscalCode } attendance { month days { present } } bills { amount { cents } } }
                specialDiets { code certificate { number } }
                bookVoucher { number }
              }
              bookVouchers { number }
            }
          }
        }
        """;

    private const string Enrolments = """
        query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Citizen { enrolments { className } } } }
        """;

    private string Parent => fixture.FiscalCodeOf(DemoPersonaKeys.Parent);

    private string Pupil => fixture.FiscalCodeOf(DemoPersonaKeys.Pupil);

    private string Stranger => fixture.FiscalCodeOf(DemoPersonaKeys.Taxpayer);

    private Enrolment PupilEnrolment => fixture.City.EnrolmentsOf(Pupil).OrderByDescending(e => e.SchoolYear.StartYear).First();

    [Fact]
    public async Task Parent_Should_ReadTheChildsSchoolData_When_TheTokenNamesTheChildAsAWard()
    {
        using var response = await fixture.Host.QueryAsync(SchoolRecord, Of(Pupil), TestCallers.Citizen(Parent, wards: Pupil));

        var enrolment = response.Data().GetProperty("_entities")[0].GetProperty("enrolments")[0];
        Assert.Equal(PupilEnrolment.ClassName, enrolment.GetProperty("className").GetString());
        Assert.Equal(PupilEnrolment.Canteen!.Band.Code, enrolment.GetProperty("canteen").GetProperty("feeBand").GetProperty("code").GetString());
        Assert.NotEmpty(enrolment.GetProperty("canteen").GetProperty("attendance").EnumerateArray());
    }

    [Fact]
    public async Task Pupil_Should_ReadTheirOwnSchoolData_When_SignedInThemselves()
    {
        using var response = await fixture.Host.QueryAsync(Enrolments, Of(Pupil), TestCallers.Citizen(Pupil));

        Assert.Equal(PupilEnrolment.ClassName, response.Data().GetProperty("_entities")[0].GetProperty("enrolments")[0].GetProperty("className").GetString());
    }

    [Fact]
    public async Task Parent_Should_GetNotYourData_When_TheTokenNamesNoWard()
    {
        using var response = await fixture.Host.QueryAsync(SchoolRecord, Of(Pupil), TestCallers.Citizen(Parent));

        // The refused fields are null; the citizen (only its key) stands.
        var citizen = response.RootElement.GetProperty("data").GetProperty("_entities")[0];
        Assert.True(citizen.GetProperty("enrolments").IsNull() && citizen.GetProperty("bookVouchers").IsNull());
        response.AssertRefused("NOT_YOUR_DATA", "_entities", 0, "enrolments");
        response.AssertNowhere(PupilEnrolment.Id, PupilEnrolment.ClassName);
    }

    [Fact]
    public async Task Citizen_Should_GetNotYourData_When_TheirWardsAreSomeoneElse()
    {
        // A guardian of another child gets nothing of Matteo's, even through the enrolment's own id.
        var otherChild = fixture.WelfarePersonaDaughter.FiscalCode;
        var stranger = TestCallers.Citizen(Stranger, wards: otherChild);

        using var record = await fixture.Host.QueryAsync(SchoolRecord, Of(Pupil), stranger);
        using var byId = await fixture.Host.QueryAsync(
            "query($id: ID!) { enrolment(id: $id) { id className pupil { fiscalCode } canteen { payer { fiscalCode } } } }", new { id = PupilEnrolment.Id }, stranger);

        record.AssertForbidden("NOT_YOUR_DATA", "_entities", 0, "enrolments");
        byId.AssertRefused("NOT_YOUR_DATA", "enrolment", "className");
        Assert.True(byId.RootElement.GetProperty("data").GetProperty("enrolment").IsNull());
        record.AssertNowhere(PupilEnrolment.ClassName, Parent);
        byId.AssertNowhere(PupilEnrolment.ClassName, Parent, Pupil);
    }

    [Fact]
    public async Task Parent_Should_GetAssuranceTooLow_When_SignedInAtLevelOne()
    {
        using var response = await fixture.Host.QueryAsync(Enrolments, Of(Pupil), TestCallers.Citizen(Parent, assurance: 1, Pupil));

        response.AssertRefused("ASSURANCE_TOO_LOW", "_entities", 0, "enrolments");
        response.AssertNowhere(PupilEnrolment.ClassName);
    }

    [Fact]
    public async Task Operator_Should_ReadTheSchoolData_When_OfTheEducationDepartmentWithAPurpose()
    {
        using var response = await fixture.Host.QueryAsync(SchoolRecord, Of(Pupil), TestCallers.Operator("education"));

        Assert.Equal(PupilEnrolment.ClassName, response.Data().GetProperty("_entities")[0].GetProperty("enrolments")[0].GetProperty("className").GetString());
    }

    [Theory]
    [InlineData("social", "education", "OTHER_DEPARTMENT")]
    [InlineData("education", null, "PURPOSE_REQUIRED")]
    [InlineData("education", "A388", "OTHER_ENTE")]
    public async Task Operator_Should_BeRefused_When_OfAnotherDepartmentOrEnteOrWithoutPurpose(string department, string? enteOrPurpose, string reason)
    {
        var desk = reason switch
        {
            "OTHER_ENTE" => TestCallers.Operator(department, ente: enteOrPurpose!),
            "PURPOSE_REQUIRED" => TestCallers.Operator(department, purpose: null),
            _ => TestCallers.Operator(department),
        };

        using var response = await fixture.Host.QueryAsync(Enrolments, Of(Pupil), desk);

        response.AssertRefused(reason, "_entities", 0, "enrolments");
        response.AssertNowhere(PupilEnrolment.ClassName);
    }

    [Fact]
    public async Task Analyst_Should_GetRoleNotAllowed_When_ReadingSchoolData()
    {
        using var response = await fixture.Host.QueryAsync(Enrolments, Of(Pupil), TestCallers.Analyst());

        response.AssertForbidden("ROLE_NOT_ALLOWED", "_entities", 0, "enrolments");
        response.AssertNowhere(PupilEnrolment.ClassName);
    }

    [Fact]
    public async Task Anonymous_Should_ReadSchoolsFeeBandsAndTheSimulation_When_CallingWithoutSigningIn()
    {
        var school = fixture.City.FindSchool(PupilEnrolment.SchoolCode)!;

        using var response = await fixture.Host.QueryAsync(
            """
            query($code: ID!) {
              currentSchoolYear
              school(code: $code) { code name order }
              schools(first: 2) { edges { node { code } } }
              canteenFeeBands { code }
              canteenFeeSimulation(isee: 9000, children: 2) { monthlyTotal { cents } }
            }
            """,
            new { code = school.Code },
            TestCallers.Anonymous());

        var data = response.Data();
        Assert.Equal(school.Name, data.GetProperty("school").GetProperty("name").GetString());
        Assert.Equal(2, data.GetProperty("schools").GetProperty("edges").GetArrayLength());
        Assert.Equal(CanteenTariff.Bands.Count, data.GetProperty("canteenFeeBands").GetArrayLength());
    }

    [Fact]
    public async Task Anonymous_Should_GetAuthenticationRequired_When_ReadingAnEnrolment()
    {
        using var response = await fixture.Host.QueryAsync(
            "query($id: ID!) { enrolment(id: $id) { className pupil { fiscalCode } } }", new { id = PupilEnrolment.Id }, TestCallers.Anonymous());

        response.AssertRefused("AUTHENTICATION_REQUIRED", "enrolment", "className");
        response.AssertNowhere(Pupil, PupilEnrolment.ClassName);
    }

    [Fact]
    public async Task Payer_Should_ReadTheBillsTheyPay_When_ReadingTheirOwnCanteenBills()
    {
        using var response = await fixture.Host.QueryAsync(
            "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Citizen { canteenBills { iupd pupil { fiscalCode } } } } }",
            Of(Parent),
            TestCallers.Citizen(Parent));

        var bills = response.Data().GetProperty("_entities")[0].GetProperty("canteenBills").EnumerateArray().ToList();
        Assert.Equal(fixture.City.CanteenBills().Count(b => b.PayerFiscalCode == Parent), bills.Count);
        Assert.NotEmpty(bills);
    }

    [Fact]
    public async Task SpecialDiets_Should_BeSensitiveButOpenToTheParent_When_TheChildHasAMedicalDiet()
    {
        var enrolment = fixture.City.Enrolments().First(e => e.Diets.Any(d => d.Certificate is not null) && fixture.City.FindResident(e.PupilFiscalCode) is not null);
        var pupil = fixture.City.FindResident(enrolment.PupilFiscalCode)!;
        var head = fixture.City.FindHousehold(pupil.HouseholdId)!.HeadFiscalCode;
        const string Diets = "query($id: ID!) { enrolment(id: $id) { specialDiets { code certificate { number physician } } } }";
        var parent = TestCallers.Citizen(head, wards: pupil.FiscalCode);

        using var allowed = await fixture.Host.QueryAsync(Diets, new { id = enrolment.Id }, parent);
        using var refused = await fixture.Host.QueryAsync(Diets, new { id = enrolment.Id }, TestCallers.Citizen(Stranger));

        var certificate = enrolment.Diets.First(d => d.Certificate is not null).Certificate!;
        Assert.Contains(
            allowed.Data().GetProperty("enrolment").GetProperty("specialDiets").EnumerateArray(),
            d => d.GetProperty("certificate") is { ValueKind: System.Text.Json.JsonValueKind.Object } c && c.GetProperty("number").GetString() == certificate.Number);
        refused.AssertForbidden("NOT_YOUR_DATA", "enrolment", "specialDiets");
        refused.AssertNowhere(certificate.Number, certificate.Physician);
        var entry = Assert.Single(await TestAccessLog.ReadByRequestAsync(parent.RequestId));
        Assert.Equal(pupil.FiscalCode, entry.DataSubject);
        Assert.Equal(["Enrolment.specialDiets", "MedicalCertificate.number", "MedicalCertificate.physician", "SpecialDiet.certificate", "SpecialDiet.code"], entry.Fields);
    }

    [Fact]
    public async Task AccessLog_Should_RecordThePupilsAndThePayersReads_When_AParentReadsTheSchoolRecord()
    {
        var parent = TestCallers.Citizen(Parent, wards: Pupil);

        using var response = await fixture.Host.QueryAsync(
            """
            query($representations: [_Any!]!) {
              _entities(representations: $representations) { ... on Citizen { enrolments { className canteen { feeBand { code } bills { amount { cents } } } } } }
            }
            """,
            Of(Pupil),
            parent);

        Assert.NotEmpty(response.Data().GetProperty("_entities")[0].GetProperty("enrolments").EnumerateArray());
        var entries = (await TestAccessLog.ReadByRequestAsync(parent.RequestId)).ToDictionary(e => e.DataSubject);
        Assert.All(entries.Values, e => Assert.Equal(("education", CallerRoles.Citizen, Parent), (e.Subgraph, e.ActorRole, e.ActorSubject)));
        Assert.Equal(
            ["CanteenBill.amount", "CanteenEnrolment.bills", "CanteenEnrolment.feeBand", "Citizen.enrolments", "Enrolment.canteen", "Enrolment.className"],
            entries[Pupil].Fields);
        // The canteen and its bills are also the payer's (the head, Giulia): her entry names them only.
        Assert.Equal(["CanteenBill.amount", "CanteenEnrolment.bills", "CanteenEnrolment.feeBand"], entries[Parent].Fields);
    }

    [Fact]
    public async Task AccessLog_Should_RecordNothing_When_OnlyPublicDataIsRead()
    {
        var anonymous = TestCallers.Anonymous();

        using var response = await fixture.Host.QueryAsync("{ canteenFeeBands { code } schools(first: 1) { edges { node { name } } } }", null, anonymous);

        Assert.Equal(CanteenTariff.Bands.Count, response.Data().GetProperty("canteenFeeBands").GetArrayLength());
        await AccessAssertions.AssertNotAuditedAsync(anonymous);
    }

    private static object Of(string fiscalCode) => new { representations = new[] { Queries.Citizen(fiscalCode) } };
}
