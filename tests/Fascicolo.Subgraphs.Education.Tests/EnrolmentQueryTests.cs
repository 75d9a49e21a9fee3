using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Education.Tests;

/// <summary><c>Query.enrolment</c>, <c>Citizen.enrolments(schoolYear:)</c> and the bills they reach.</summary>
[Collection(SeededEducation.Name)]
public sealed class EnrolmentQueryTests(EducationFixture fixture)
{
    private const string EnrolmentQuery = "query Enrolment($id: ID!) { enrolment(id: $id) { ...EnrolmentDetails } }" + Queries.EnrolmentDetails;

    private const string EnrolmentsOfYear = """
        query Enrolments($representations: [_Any!]!, $year: String) {
          _entities(representations: $representations) { ... on Citizen { enrolments(schoolYear: $year) { id schoolYear } } }
        }
        """;

    [Fact]
    public async Task Enrolment_Should_BillWhatTheLedgerClaims_When_EveryBilledEnrolmentIsQueried()
    {
        var ledger = fixture.City.PaymentsDue().Where(p => p.Service == PaymentService.SchoolCanteen).ToDictionary(p => p.Iupd);
        var billed = fixture.City.Enrolments().Where(e => e.Canteen?.Bills.Count > 0).Take(15).ToList();
        Assert.NotEmpty(billed);

        foreach (var expected in billed)
        {
            using var response = await fixture.Host.QueryAsync(EnrolmentQuery, new { id = expected.Id });

            var bills = response.Data().GetProperty("enrolment").GetProperty("canteen").GetProperty("bills").EnumerateArray().ToList();
            Assert.Equal(expected.Canteen!.Bills.Count, bills.Count);
            foreach (var bill in bills)
            {
                var debt = ledger[bill.GetProperty("iupd").GetString()!];
                Assert.Equal(debt.Options[0].AmountCents, bill.GetProperty("amount").GetProperty("cents").GetInt64());
                Assert.Equal(debt.DebtorFiscalCode, bill.GetProperty("payer").GetProperty("fiscalCode").GetString());
                Assert.Equal(debt.Options[0].PaidOn is not null, bill.GetProperty("isPaid").GetBoolean());
                Assert.Equal(debt.Iupd, bill.GetProperty("paymentPosition").GetProperty("iupd").GetString());
                Assert.Equal(
                    bill.GetProperty("meals").GetInt32() * bill.GetProperty("mealFee").GetProperty("cents").GetInt64(),
                    bill.GetProperty("amount").GetProperty("cents").GetInt64());
            }
        }
    }

    [Fact]
    public async Task Bills_Should_BeOverdue_When_UnpaidAfterTheirDueDate()
    {
        var unpaid = fixture.City.CanteenBills().First(b => b.PaidOn is null);

        using var response = await fixture.Host.QueryAsync(EnrolmentQuery, new { id = unpaid.EnrolmentId });

        var bill = response.Data().GetProperty("enrolment").GetProperty("canteen").GetProperty("bills").EnumerateArray()
            .Single(b => b.GetProperty("iupd").GetString() == unpaid.Iupd);
        Assert.False(bill.GetProperty("isPaid").GetBoolean());
        Assert.Equal(unpaid.DueOn < fixture.Today, bill.GetProperty("isOverdue").GetBoolean());
    }

    [Fact]
    public async Task Enrolment_Should_BeNull_When_NoEnrolmentHasTheId()
    {
        using var response = await fixture.Host.QueryAsync(EnrolmentQuery, new { id = "ENR-1999-0000001" });

        Assert.True(response.Data().GetProperty("enrolment").IsNull());
    }

    [Fact]
    public async Task Enrolments_Should_KeepOnlyTheSchoolYear_When_OneIsGiven()
    {
        var matteo = fixture.FiscalCodeOf(DemoPersonaKeys.Pupil);

        using var response = await fixture.Host.QueryAsync(EnrolmentsOfYear, new { representations = new[] { Queries.Citizen(matteo) }, year = "2024/25" });

        var enrolment = Assert.Single(response.Data().GetProperty("_entities")[0].GetProperty("enrolments").EnumerateArray());
        Assert.Equal("2024/25", enrolment.GetProperty("schoolYear").GetString());
    }

    [Theory]
    [InlineData("2025/27")]
    [InlineData("2025-26")]
    [InlineData("this year")]
    public async Task Enrolments_Should_FailWithInvalidSchoolYearAndWriteNothing_When_TheYearIsMalformed(string year)
    {
        var before = await fixture.DatabaseStateAsync();

        using var response = await fixture.Host.QueryAsync(
            EnrolmentsOfYear, new { representations = new[] { Queries.Citizen(fixture.FiscalCodeOf(DemoPersonaKeys.Pupil)) }, year });

        Assert.Equal("INVALID_SCHOOL_YEAR", response.SingleError().Extension("code"));
        Assert.Equal(before, await fixture.DatabaseStateAsync());
    }

    [Fact]
    public async Task CurrentSchoolYear_Should_Be2025_When_TodayIsTheFirstOfJanuary2026()
    {
        using var response = await fixture.Host.QueryAsync("{ currentSchoolYear }");

        Assert.Equal("2025/26", response.Data().GetProperty("currentSchoolYear").GetString());
    }
}
