using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Domain.SyntheticCity.Taxes;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Taxes.Tests;

/// <summary>
/// Every assessment the subgraph reports is a debt of the city's payment ledger, for exactly its
/// total: the payments subgraph seeds its debt positions from that ledger.
/// </summary>
[Collection(TaxesTestGroup.Name)]
public sealed class LedgerAgreementTests(TaxesFixture fixture)
{
    private const string Query = """
        query Assessments($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on TaxAssessment { id total { cents } dueDate paidOn notifiedOn year taxpayer { fiscalCode } paymentPosition { iupd } }
          }
        }
        """;

    [Fact]
    public async Task Assessments_Should_EqualTheirPaymentDue_When_ComparedWithTheLedger()
    {
        var ledger = fixture.City.PaymentsDue()
            .Where(p => p.Service is PaymentService.Imu or PaymentService.Tari)
            .ToDictionary(p => p.Iupd, StringComparer.Ordinal);
        var assessments = fixture.City.TaxAssessments();
        Assert.Equal(assessments.Count, ledger.Count);
        Assert.True(assessments.Count > 30, $"Only {assessments.Count} assessments.");

        foreach (var chunk in assessments.Chunk(100))
        {
            var representations = chunk.Select(a => new Dictionary<string, object> { ["__typename"] = "TaxAssessment", ["id"] = a.Id });
            using var response = await fixture.Host.QueryAsync(Query, new { representations });

            foreach (var entity in response.Data().GetProperty("_entities").EnumerateArray())
            {
                var due = ledger[entity.GetProperty("paymentPosition").GetProperty("iupd").GetString()!];
                var option = Assert.Single(due.Options);
                Assert.Equal(option.AmountCents, entity.Cents("total"));
                Assert.Equal(option.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), entity.GetProperty("dueDate").GetString());
                Assert.Equal(option.PaidOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), entity.GetProperty("paidOn").GetString());
                Assert.Equal(due.DebtorFiscalCode, entity.GetProperty("taxpayer").GetProperty("fiscalCode").GetString());
                Assert.Equal(due.Year, entity.GetProperty("year").GetInt32());
                Assert.Equal(Creditors.ComuneDiGenova, due.CreditorFiscalCode);
                Assert.False(option.IsPartialPayment);
            }
        }
    }
}
