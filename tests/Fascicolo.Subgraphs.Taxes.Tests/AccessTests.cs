using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Taxes;
using Fascicolo.Gateway.Trust;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Taxes.Tests;

/// <summary>
/// Who may read tax positions and assessments, through HTTP with the internal token of each kind of
/// caller, on the taxpayer persona Paolo and his overdue TARI 2024 assessment: he may, the taxes desks may
/// (with a purpose), nobody else; the rates table and the IMU simulation are public.
/// </summary>
[Collection(TaxesTestGroup.Name)]
public sealed class AccessTests(TaxesFixture fixture)
{
    private const string Position = """
        query($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Citizen { taxPosition(year: 2024) { year tari { tax { cents } } assessments { id total { cents } paymentPosition { iupd } } balance { overdue { cents } } } }
          }
        }
        """;

    private const string Assessment = "query($id: ID!) { taxAssessment(id: $id) { id total { cents } taxpayer { fiscalCode } paymentPosition { iupd } } }";

    private string Taxpayer => fixture.City.GetPersona(DemoPersonaKeys.Taxpayer).FiscalCode;

    private string Stranger => fixture.City.GetPersona(DemoPersonaKeys.Parent).FiscalCode;

    private CityTaxAssessment Overdue => fixture.City.TaxAssessments().Single(a => a.FiscalCode == Taxpayer && a.Year == 2024 && a.Tax == Domain.Taxes.TaxKind.Tari);

    [Fact]
    public async Task Citizen_Should_ReadTheirOwnPositionAndAssessment_When_SignedInAtLevelTwo()
    {
        var taxpayer = TestCallers.Citizen(Taxpayer);

        using var position = await fixture.Host.QueryAsync(Position, Of(Taxpayer), taxpayer);
        using var assessment = await fixture.Host.QueryAsync(Assessment, new { id = Overdue.Id }, TestCallers.Citizen(Taxpayer));

        var assessments = position.Data().GetProperty("_entities")[0].GetProperty("taxPosition").GetProperty("assessments").EnumerateArray();
        Assert.Contains(assessments, a => a.GetProperty("id").GetString() == Overdue.Id);
        Assert.Equal(Overdue.Amounts.TotalCents, assessment.Data().GetProperty("taxAssessment").Cents("total"));
    }

    [Fact]
    public async Task Citizen_Should_GetNullAndNotYourData_When_ReadingAnotherCitizensPosition()
    {
        using var response = await fixture.Host.QueryAsync(Position, Of(Taxpayer), TestCallers.Citizen(Stranger));

        // The refused field is null; the citizen (only its key) stands.
        Assert.True(response.RootElement.GetProperty("data").GetProperty("_entities")[0].GetProperty("taxPosition").IsNull());
        response.AssertRefused("NOT_YOUR_DATA", "_entities", 0, "taxPosition");
        response.AssertNowhere(Overdue.Id, Overdue.Iupd);
    }

    [Fact]
    public async Task Citizen_Should_GetNotYourData_When_ReadingAnotherCitizensAssessmentByItsKey()
    {
        var stranger = TestCallers.Citizen(Stranger);

        using var byId = await fixture.Host.QueryAsync(Assessment, new { id = Overdue.Id }, stranger);
        using var byEntity = await fixture.Host.QueryAsync(
            "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on TaxAssessment { total { cents } taxpayer { fiscalCode } } } }",
            new { representations = new[] { new Dictionary<string, object> { ["__typename"] = "TaxAssessment", ["id"] = Overdue.Id } } },
            stranger);

        Assert.True(byId.RootElement.GetProperty("data").GetProperty("taxAssessment").IsNull());
        byId.AssertRefused("NOT_YOUR_DATA", "taxAssessment", "total");
        byEntity.AssertRefused("NOT_YOUR_DATA", "_entities", 0, "total");
        byId.AssertNowhere(Taxpayer, Overdue.Iupd);
        byEntity.AssertNowhere(Taxpayer, Overdue.Iupd);
    }

    [Fact]
    public async Task Citizen_Should_GetAssuranceTooLow_When_SignedInAtLevelOne()
    {
        using var response = await fixture.Host.QueryAsync(Position, Of(Taxpayer), TestCallers.Citizen(Taxpayer, assurance: 1));

        response.AssertForbidden("ASSURANCE_TOO_LOW", "_entities", 0, "taxPosition");
        response.AssertNowhere(Overdue.Id);
    }

    [Fact]
    public async Task Operator_Should_ReadThePosition_When_OfTheTaxesDepartmentWithAPurpose()
    {
        using var response = await fixture.Host.QueryAsync(Position, Of(Taxpayer), TestCallers.Operator("taxes"));

        Assert.Equal(2024, response.Data().GetProperty("_entities")[0].GetProperty("taxPosition").GetProperty("year").GetInt32());
    }

    [Theory]
    [InlineData("social", null, true, "OTHER_DEPARTMENT")]
    [InlineData("taxes", "A388", true, "OTHER_ENTE")]
    [InlineData("taxes", null, false, "PURPOSE_REQUIRED")]
    public async Task Operator_Should_BeRefused_When_OfAnotherDepartmentOrEnteOrWithoutPurpose(string department, string? ente, bool purpose, string reason)
    {
        var desk = TestCallers.Operator(department, purpose: purpose ? TestCallers.Purpose : null, ente: ente ?? TestCallers.Ente);

        using var position = await fixture.Host.QueryAsync(Position, Of(Taxpayer), desk);
        using var assessment = await fixture.Host.QueryAsync(Assessment, new { id = Overdue.Id }, desk);

        position.AssertForbidden(reason, "_entities", 0, "taxPosition");
        assessment.AssertForbidden(reason, "taxAssessment", "total");
        position.AssertNowhere(Overdue.Id);
        assessment.AssertNowhere(Taxpayer, Overdue.Iupd);
    }

    [Fact]
    public async Task Analyst_Should_GetRoleNotAllowed_When_ReadingAPosition()
    {
        using var response = await fixture.Host.QueryAsync(Position, Of(Taxpayer), TestCallers.Analyst());

        response.AssertForbidden("ROLE_NOT_ALLOWED", "_entities", 0, "taxPosition");
        response.AssertNowhere(Overdue.Id);
    }

    [Fact]
    public async Task Anonymous_Should_ReadRatesAndSimulateButNotReadAPosition_When_CallingWithoutSigningIn()
    {
        var anonymous = TestCallers.Anonymous();

        using var open = await fixture.Host.QueryAsync(
            """
            query($input: ImuSimulationInput!) {
              taxRates(year: 2025) { year imu { ordinaryPerMille } }
              imuSimulation(input: $input) { tax { cents } f24Lines { taxCode } }
            }
            """,
            new { input = new { year = 2025, category = "A/2", cadastralIncome = 75_000, use = "LET" } },
            anonymous);
        using var position = await fixture.Host.QueryAsync(Position, Of(Taxpayer), TestCallers.Anonymous());

        Assert.Equal(133_560L, open.Data().GetProperty("imuSimulation").Cents("tax"));
        Assert.Equal(2025, open.Data().GetProperty("taxRates").GetProperty("year").GetInt32());
        await AccessAssertions.AssertNotAuditedAsync(anonymous);
        position.AssertForbidden("AUTHENTICATION_REQUIRED", "_entities", 0, "taxPosition");
        position.AssertNowhere(Overdue.Id);
    }

    [Fact]
    public async Task AccessLog_Should_RecordTheFieldsReadOfTheTaxpayer_When_TheTaxpayerReadsTheirPosition()
    {
        var taxpayer = TestCallers.Citizen(Taxpayer);

        using var response = await fixture.Host.QueryAsync(Position, Of(Taxpayer), taxpayer);

        Assert.Equal(2024, response.Data().GetProperty("_entities")[0].GetProperty("taxPosition").GetProperty("year").GetInt32());
        var entry = Assert.Single(await TestAccessLog.ReadByRequestAsync(taxpayer.RequestId));
        Assert.Equal((Taxpayer, "taxes", CallerRoles.Citizen, Taxpayer), (entry.DataSubject, entry.Subgraph, entry.ActorRole, entry.ActorSubject));
        Assert.Equal(
            [
                "Citizen.taxPosition", "TariPosition.tax", "TaxAssessment.paymentPosition", "TaxAssessment.total",
                "TaxPosition.assessments", "TaxPosition.balance", "TaxPosition.tari", "TaxPosition.year",
            ],
            entry.Fields);
    }

    private static object Of(string fiscalCode) => new { representations = new[] { TaxPositionQuery.Citizen(fiscalCode) } };
}
