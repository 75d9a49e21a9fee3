using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Testing;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary><c>Citizen.debtPosition</c> and <c>debtorPosition</c>: a debtor's positions grouped by today's status, with totals.</summary>
[Collection(SharedPaymentsSubgraph.Name)]
public sealed class DebtPositionTests(PaymentsFixture fixture)
{
    private const string CitizenDebtPosition = """
        query Debts($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Citizen {
              fiscalCode
              debtPosition {
                fiscalCode
                open { ...Position }
                paid { ...Position }
                expired { ...Position }
                totalOpen { cents }
                totalOverdue { cents }
                totalPaid { cents }
                totalExpired { cents }
                receipts { receiptId noticeNumber paymentAmount { cents } }
              }
            }
          }
        }

        fragment Position on PaymentPosition {
          iupd service status isPayable isOverdue type fiscalCode fullName companyName
          amount { cents } paidAmount { cents } amountDue { cents } nextDueDate maxDueDate paymentDate
          paymentOptions { nav description amount { cents } dueDate isPartialPayment status isPayable isOverdue }
        }
        """;

    private static readonly string[] Lists = ["open", "paid", "expired"];

    [Fact]
    public async Task DebtPosition_Should_GroupPositionsByTodaysStatusWithTotals_When_TheDebtorHasEveryKind()
    {
        var debts = await DebtPositionOfAsync(TestLedger.Debtor);

        Assert.Equal(
            [TestLedger.Overdue, TestLedger.Instalments, TestLedger.NotYetValid, TestLedger.PartiallyPaid],
            Iupds(debts, "open"));
        Assert.Equal([TestLedger.Paid, TestLedger.PaidAndReported], Iupds(debts, "paid"));
        Assert.Equal([TestLedger.Expired], Iupds(debts, "expired"));
        // Open: 300.00 (full option, nothing paid) + 45.60 + 412.00 + 120.50 (the unpaid instalment).
        Assert.Equal(87_810, debts.Cents("totalOpen"));
        // Overdue: only the IMU, due 16 December 2025 and never paid.
        Assert.Equal(41_200, debts.Cents("totalOverdue"));
        // Paid: 250.00 + 198.45 + the first TARI instalment 120.50.
        Assert.Equal(56_895, debts.Cents("totalPaid"));
        Assert.Equal(5_500, debts.Cents("totalExpired"));
        Assert.Equal(3, debts.GetProperty("receipts").GetArrayLength());
    }

    [Theory]
    [InlineData(nameof(TestLedger.Overdue), "VALID", true, true)]
    [InlineData(nameof(TestLedger.Instalments), "VALID", true, false)]
    [InlineData(nameof(TestLedger.NotYetValid), "PUBLISHED", false, false)]
    [InlineData(nameof(TestLedger.PartiallyPaid), "PARTIALLY_PAID", true, false)]
    [InlineData(nameof(TestLedger.Paid), "PAID", false, false)]
    [InlineData(nameof(TestLedger.PaidAndReported), "REPORTED", false, false)]
    [InlineData(nameof(TestLedger.Expired), "EXPIRED", false, false)]
    public async Task Status_Should_FollowTheGpdRulesOnTheSubgraphsClock_When_ReadToday(string position, string status, bool payable, bool overdue)
    {
        var iupd = (string)typeof(TestLedger).GetField(position)!.GetValue(null)!;
        var debts = await DebtPositionOfAsync(TestLedger.Debtor);

        var found = Lists.SelectMany(list => debts.GetProperty(list).EnumerateArray())
            .Single(p => p.GetProperty("iupd").GetString() == iupd);
        Assert.Equal(status, found.GetProperty("status").GetString());
        Assert.Equal(payable, found.GetProperty("isPayable").GetBoolean());
        Assert.Equal(overdue, found.GetProperty("isOverdue").GetBoolean());
    }

    [Fact]
    public async Task DebtPosition_Should_CloseTheFullOption_When_AnInstalmentIsPaid()
    {
        var debts = await DebtPositionOfAsync(TestLedger.Debtor);

        var partial = debts.GetProperty("open").EnumerateArray().Single(p => p.GetProperty("iupd").GetString() == TestLedger.PartiallyPaid);
        var options = partial.GetProperty("paymentOptions").EnumerateArray().ToList();
        Assert.Equal(["PO_REPORTED", "PO_UNPAID"], options.Select(o => o.GetProperty("status").GetString()));
        Assert.Equal([false, true], options.Select(o => o.GetProperty("isPayable").GetBoolean()));
        Assert.Equal(12_050, partial.Cents("amountDue"));
        Assert.Equal("2026-02-28", partial.GetProperty("nextDueDate").GetString());
    }

    [Fact]
    public async Task DebtPosition_Should_BeEmpty_When_TheCitizenOwesNothing()
    {
        // A valid code no position names: every Citizen resolves here, with an empty debt position.
        var nobody = FiscalCodeGenerator.Generate(new PersonalData("Debito", "Nessuno", new DateOnly(1990, 1, 1), Sex.Female, "D969"));
        Assert.DoesNotContain(fixture.Ledger, p => p.DebtorFiscalCode == nobody);

        var debts = await DebtPositionOfAsync(nobody);

        Assert.Equal(nobody, debts.GetProperty("fiscalCode").GetString());
        Assert.Equal(0, debts.GetProperty("open").GetArrayLength() + debts.GetProperty("paid").GetArrayLength() + debts.GetProperty("expired").GetArrayLength());
        Assert.Equal(0, debts.Cents("totalOpen") + debts.Cents("totalPaid") + debts.Cents("totalExpired") + debts.Cents("totalOverdue"));
    }

    [Fact]
    public async Task DebtPosition_Should_AgreeWithTheLedger_When_QueryingEveryDebtorOfTheCity()
    {
        // The mutation tests' payer is left out: its receipts grow as they run.
        var debtors = fixture.Ledger.Select(p => p.DebtorFiscalCode).Where(c => c.Length == 16 && c != TestLedger.Payer)
            .Distinct(StringComparer.Ordinal).Take(60).ToList();
        var representations = debtors.Select(c => new Dictionary<string, object> { ["__typename"] = "Citizen", ["fiscalCode"] = c }).ToList();

        using var response = await fixture.Host.QueryAsync(CitizenDebtPosition, new { representations });

        var entities = response.Data().GetProperty("_entities").EnumerateArray().ToList();
        Assert.Equal(debtors.Count, entities.Count);
        foreach (var (debtor, entity) in debtors.Zip(entities))
        {
            var debts = entity.GetProperty("debtPosition");
            var shown = Lists.Sum(list => debts.GetProperty(list).GetArrayLength());
            var ledger = fixture.Ledger.Where(p => p.DebtorFiscalCode == debtor).ToList();
            Assert.Equal(ledger.Count, shown);
            // Every receipt is a paid option of the ledger.
            Assert.Equal(ledger.SelectMany(p => p.Options).Count(o => o.PaidOn is not null), debts.GetProperty("receipts").GetArrayLength());
        }
    }

    [Fact]
    public async Task DebtorPosition_Should_ShowACompanysPositions_When_QueriedByItsElevenDigits()
    {
        using var response = await fixture.Host.QueryAsync(
            "query($cf: String!) { debtorPosition(fiscalCode: $cf) { open { iupd type fullName } totalOpen { cents } } }",
            new { cf = TestLedger.Company });

        var debts = response.Data().GetProperty("debtorPosition");
        var position = Assert.Single(debts.GetProperty("open").EnumerateArray());
        Assert.Equal(TestLedger.CompanyFees, position.GetProperty("iupd").GetString());
        Assert.Equal("G", position.GetProperty("type").GetString());
        // No company of the city has this code: the seeder falls back to the code as the name.
        Assert.Equal(TestLedger.Company, position.GetProperty("fullName").GetString());
        Assert.Equal(8_000, debts.Cents("totalOpen"));
    }

    [Theory]
    [InlineData("123", "INVALID_LENGTH")]
    [InlineData("12345678901", "CHECK_DIGIT_MISMATCH")]
    [InlineData("RSSMRA45D25F205X", "CHECK_CHARACTER_MISMATCH")]
    public async Task DebtorPosition_Should_FailWithInvalidFiscalCode_When_TheCodeIsNeitherAPersonsNorACompanys(string fiscalCode, string reason)
    {
        using var response = await fixture.Host.QueryAsync(
            "query($cf: String!) { debtorPosition(fiscalCode: $cf) { totalOpen { cents } } }", new { cf = fiscalCode });

        var error = response.SingleError();
        Assert.Equal("INVALID_FISCAL_CODE", error.Extension("code"));
        Assert.Equal(reason, error.Extension("reason"));
    }

    [Fact]
    public async Task Entities_Should_FailWithInvalidFiscalCode_When_ACitizenRepresentationHoldsAnInvalidCode()
    {
        object[] representations = [new Dictionary<string, object> { ["__typename"] = "Citizen", ["fiscalCode"] = "RSSMRA45D25F205X" }];

        using var response = await fixture.Host.QueryAsync(CitizenDebtPosition, new { representations });

        var error = response.SingleError();
        Assert.Equal("INVALID_FISCAL_CODE", error.Extension("code"));
        Assert.Equal("CHECK_CHARACTER_MISMATCH", error.Extension("reason"));
    }

    [Fact]
    public async Task DebtPosition_Should_MatchTheSnapshot_When_QueryingTheTestDebtor()
    {
        var debts = await DebtPositionOfAsync(TestLedger.Debtor);

        Snapshot.Match(JToken.Parse(debts.GetRawText()));
    }

    private async Task<System.Text.Json.JsonElement> DebtPositionOfAsync(string fiscalCode)
    {
        object[] representations = [new Dictionary<string, object> { ["__typename"] = "Citizen", ["fiscalCode"] = fiscalCode }];
        var response = await fixture.Host.QueryAsync(CitizenDebtPosition, new { representations });
        return response.Data().GetProperty("_entities")[0].GetProperty("debtPosition").Clone();
    }

    private static List<string?> Iupds(System.Text.Json.JsonElement debts, string list) =>
        [.. debts.GetProperty(list).EnumerateArray().Select(p => p.GetProperty("iupd").GetString())];
}
