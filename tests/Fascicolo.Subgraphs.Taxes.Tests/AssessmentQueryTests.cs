using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Taxes;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Taxes.Tests;

/// <summary><c>Query.taxAssessment</c> and <c>TaxAssessment</c> references.</summary>
[Collection(TaxesTestGroup.Name)]
public sealed class AssessmentQueryTests(TaxesFixture fixture)
{
    private const string AssessmentQuery = """
        query Assessment($id: ID!) {
          taxAssessment(id: $id) {
            id tax year reason status notifiedOn dueDate paidOn
            taxDue { cents } taxPaid { cents } unpaidTax { cents } sanction { cents } interest { cents } total { cents }
            items { instalment amount { cents } paidOnTime { cents } paidLate { cents } unpaid { cents } sanction { cents } interest { cents } }
            paymentPosition { iupd }
          }
        }
        """;

    [Fact]
    public async Task TaxAssessment_Should_AddUpItsItems_When_QueryingEveryReason()
    {
        foreach (var expected in fixture.City.TaxAssessments().GroupBy(a => a.Amounts.Reason).Select(g => g.First()))
        {
            using var response = await fixture.Host.QueryAsync(AssessmentQuery, new { id = expected.Id });

            var assessment = response.Data().GetProperty("taxAssessment");
            var items = assessment.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(expected.Amounts.Items.Count, items.Count);
            Assert.Equal(assessment.Cents("unpaidTax"), items.Sum(i => i.Cents("unpaid")));
            Assert.Equal(assessment.Cents("sanction"), items.Sum(i => i.Cents("sanction")));
            Assert.Equal(assessment.Cents("interest"), items.Sum(i => i.Cents("interest")));
            Assert.Equal(assessment.Cents("taxDue"), items.Sum(i => i.Cents("amount")));
            Assert.Equal(assessment.Cents("total"), assessment.Cents("unpaidTax") + assessment.Cents("sanction") + assessment.Cents("interest"));
            Assert.Equal(expected.Amounts.TotalCents, assessment.Cents("total"));
            Assert.Equal(expected.Iupd, assessment.GetProperty("paymentPosition").GetProperty("iupd").GetString());
            Assert.True(assessment.Cents("total") > 3_000);
        }
    }

    [Fact]
    public async Task TaxAssessment_Should_ReportPaidOpenAndOverdue_When_TodayIsTheReferenceDate()
    {
        var statuses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var expected in fixture.City.TaxAssessments().Take(40))
        {
            using var response = await fixture.Host.QueryAsync(AssessmentQuery, new { id = expected.Id });

            var status = response.Data().GetProperty("taxAssessment").GetProperty("status").GetString()!;
            var want = expected.PaidOn is not null ? "PAID" : fixture.Today > expected.Amounts.DueDate ? "OVERDUE" : "OPEN";
            Assert.Equal(want, status);
            statuses.Add(status);
        }
        Assert.Contains("PAID", statuses);
        Assert.Contains("OVERDUE", statuses);
    }

    [Fact]
    public async Task TaxAssessment_Should_BeNull_When_TheIdIsWellFormedButUnknown()
    {
        using var response = await fixture.Host.QueryAsync(AssessmentQuery, new { id = "AVV-IMU-2024-9999999" });

        Assert.True(response.Data().GetProperty("taxAssessment").IsNull());
    }

    [Fact]
    public async Task TaxAssessment_Should_AcceptLowerCase_When_TheIdIsOtherwiseValid()
    {
        var expected = fixture.City.TaxAssessmentsOf(fixture.City.GetPersona(DemoPersonaKeys.Taxpayer).FiscalCode)[0];

        using var response = await fixture.Host.QueryAsync(AssessmentQuery, new { id = expected.Id.ToLowerInvariant() });

        Assert.Equal(expected.Id, response.Data().GetProperty("taxAssessment").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Entities_Should_ResolveAssessmentsInOrderAndNullForUnknown_When_GivenRepresentations()
    {
        var first = fixture.City.TaxAssessments()[0];
        var last = fixture.City.TaxAssessments()[^1];
        object[] representations =
        [
            new Dictionary<string, object> { ["__typename"] = "TaxAssessment", ["id"] = last.Id },
            new Dictionary<string, object> { ["__typename"] = "TaxAssessment", ["id"] = "AVV-TARI-2020-0000001" },
            new Dictionary<string, object> { ["__typename"] = "TaxAssessment", ["id"] = first.Id },
        ];

        using var response = await fixture.Host.QueryAsync(
            "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on TaxAssessment { id } } }",
            new { representations });

        var entities = response.Data().GetProperty("_entities").EnumerateArray().ToList();
        Assert.Equal(last.Id, entities[0].GetProperty("id").GetString());
        Assert.True(entities[1].IsNull());
        Assert.Equal(first.Id, entities[2].GetProperty("id").GetString());
    }
}
