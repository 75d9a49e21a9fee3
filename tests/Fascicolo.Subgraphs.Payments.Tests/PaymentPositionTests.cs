using Fascicolo.Domain.Payments.Notices;
using Fascicolo.Domain.Payments.Transfers;
using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary><c>paymentPosition</c> and <c>PaymentPosition</c> entities: options, notice numbers, transfers and receipts.</summary>
[Collection(SharedPaymentsSubgraph.Name)]
public sealed class PaymentPositionTests(PaymentsFixture fixture)
{
    private const string PositionQuery = """
        query Position($iupd: ID!) {
          paymentPosition(iupd: $iupd) {
            iupd service type fiscalCode fullName organizationFiscalCode companyName officeName description status
            publishDate validityDate switchToExpired paymentDate
            debtor { fiscalCode }
            amount { cents }
            paymentOptions {
              iuv nav navFormatted organizationFiscalCode amount { cents } description dueDate isPartialPayment status paymentDate
              transfers { idTransfer amount { cents } organizationFiscalCode companyName iban remittanceInformation category status }
              receipt { receiptId noticeNumber paymentAmount { cents } fee { cents } paymentMethod paymentDateTime pspId pspCompanyName payerFiscalCode }
              position { iupd }
            }
            receipts { receiptId }
          }
        }
        """;

    [Fact]
    public async Task TariOption_Should_PayTheComuneAndFivePercentTefaToTheMetropolitanCity_When_Split()
    {
        var position = await PositionAsync(TestLedger.Instalments);

        Assert.Equal("TARI", position.GetProperty("service").GetString());
        Assert.Equal("Direzione Entrate e Tributi", position.GetProperty("officeName").GetString());
        var full = position.GetProperty("paymentOptions")[0];
        var transfers = full.GetProperty("transfers").EnumerateArray().ToList();
        Assert.Equal(2, transfers.Count);
        // € 300.00 gross: TEFA = 300 × 5/105 = 14.2857… → € 14.29; TARI € 285.71.
        Assert.Equal([28_571L, 1_429L], transfers.Select(t => t.Cents("amount")));
        Assert.Equal([Creditors.ComuneDiGenova, "80007350103"], transfers.Select(t => t.GetProperty("organizationFiscalCode").GetString()));
        Assert.Equal("Città Metropolitana di Genova", transfers[1].GetProperty("companyName").GetString());
        Assert.Equal(["9/0101101IM/", "9/0201102IM/"], transfers.Select(t => t.GetProperty("category").GetString()));
        Assert.All(transfers, t => Assert.True(Iban.IsValid(t.GetProperty("iban").GetString()), t.GetProperty("iban").GetString()));
        Assert.StartsWith($"/RFB/{full.GetProperty("iuv").GetString()}/285.71/TXT/TARI 2015", transfers[0].GetProperty("remittanceInformation").GetString(), StringComparison.Ordinal);
        Assert.StartsWith($"/RFB/{full.GetProperty("iuv").GetString()}/14.29/TXT/TEFA TARI 2015", transfers[1].GetProperty("remittanceInformation").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    // TARI and the vehicle tax under their reserved segregation codes; the Comune's other services under 01.
    [InlineData(nameof(TestLedger.Instalments), 85, Creditors.ComuneDiGenova)]
    [InlineData(nameof(TestLedger.Paid), 96, Creditors.RegioneLiguria)]
    [InlineData(nameof(TestLedger.Overdue), 1, Creditors.ComuneDiGenova)]
    [InlineData(nameof(TestLedger.Expired), 1, Creditors.ComuneDiGenova)]
    public async Task Options_Should_HaveValidNoticeNumbersUnderTheCreditorsSegregationCode_When_Seeded(string name, int segregationCode, string creditor)
    {
        var position = await PositionAsync((string)typeof(TestLedger).GetField(name)!.GetValue(null)!);

        Assert.Equal(creditor, position.GetProperty("organizationFiscalCode").GetString());
        foreach (var option in position.GetProperty("paymentOptions").EnumerateArray())
        {
            var notice = NoticeNumber.Parse(option.GetProperty("nav").GetString()!);
            Assert.Equal(segregationCode, notice.SegregationCode);
            Assert.Equal(notice.Iuv, option.GetProperty("iuv").GetString());
            Assert.Equal(notice.Display, option.GetProperty("navFormatted").GetString());
            // The test positions are numbered in their own year's series.
            Assert.StartsWith(TestLedger.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), notice.IuvBase, StringComparison.Ordinal);
            Assert.Equal(creditor, option.GetProperty("organizationFiscalCode").GetString());
            Assert.Equal(position.GetProperty("iupd").GetString(), option.GetProperty("position").GetProperty("iupd").GetString());
            Assert.Equal(option.Cents("amount"), option.GetProperty("transfers").EnumerateArray().Sum(t => t.Cents("amount")));
        }
    }

    [Fact]
    public async Task VehicleTax_Should_PayRegioneLiguriaAlone_When_Split()
    {
        var position = await PositionAsync(TestLedger.Paid);

        Assert.Equal("Regione Liguria", position.GetProperty("companyName").GetString());
        var transfer = Assert.Single(position.GetProperty("paymentOptions")[0].GetProperty("transfers").EnumerateArray());
        Assert.Equal(Creditors.RegioneLiguria, transfer.GetProperty("organizationFiscalCode").GetString());
        Assert.Equal(19_845, transfer.Cents("amount"));
    }

    [Fact]
    public async Task PaidOptions_Should_HaveAReceiptAndBeReported_When_PaidMoreThanTenDaysBeforeToday()
    {
        var reported = (await PositionAsync(TestLedger.PaidAndReported)).GetProperty("paymentOptions")[0];
        var recent = (await PositionAsync(TestLedger.Paid)).GetProperty("paymentOptions")[0];

        Assert.Equal("PO_REPORTED", reported.GetProperty("status").GetString());
        Assert.All(reported.GetProperty("transfers").EnumerateArray(), t => Assert.Equal("T_REPORTED", t.GetProperty("status").GetString()));
        Assert.Equal("PO_PAID", recent.GetProperty("status").GetString());
        Assert.All(recent.GetProperty("transfers").EnumerateArray(), t => Assert.Equal("T_UNREPORTED", t.GetProperty("status").GetString()));
        foreach (var option in new[] { reported, recent })
        {
            var receipt = option.GetProperty("receipt");
            Assert.Equal(option.GetProperty("nav").GetString(), receipt.GetProperty("noticeNumber").GetString());
            Assert.Equal(option.Cents("amount"), receipt.Cents("paymentAmount"));
            Assert.Equal(TestLedger.Debtor, receipt.GetProperty("payerFiscalCode").GetString());
            Assert.Equal(32, receipt.GetProperty("receiptId").GetString()!.Length);
            Assert.Equal(option.GetProperty("paymentDate").GetString(), receipt.GetProperty("paymentDateTime").GetString());
        }

        // Paid on 1 October 2025, Italian time.
        Assert.StartsWith("2025-10-01T", reported.GetProperty("receipt").GetProperty("paymentDateTime").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Debtor_Should_BeTheCitizenEntity_When_TheDebtorIsAPerson()
    {
        var person = await PositionAsync(TestLedger.Overdue);
        var company = await PositionAsync(TestLedger.CompanyFees);

        Assert.Equal("F", person.GetProperty("type").GetString());
        Assert.Equal(TestLedger.Debtor, person.GetProperty("debtor").GetProperty("fiscalCode").GetString());
        Assert.Equal("G", company.GetProperty("type").GetString());
        Assert.True(company.GetProperty("debtor").IsNull());
    }

    [Fact]
    public async Task PaymentPosition_Should_BeNull_When_TheIupdIsUnknown()
    {
        using var response = await fixture.Host.QueryAsync(PositionQuery, new { iupd = "TARI-1999-0000001" });

        Assert.True(response.Data().GetProperty("paymentPosition").IsNull());
    }

    [Fact]
    public async Task Entities_Should_ResolvePositionsInOrder_When_GivenPositionAndCitizenRepresentations()
    {
        object[] representations =
        [
            new Dictionary<string, object> { ["__typename"] = "PaymentPosition", ["iupd"] = TestLedger.Expired },
            new Dictionary<string, object> { ["__typename"] = "Citizen", ["fiscalCode"] = TestLedger.Payer },
            new Dictionary<string, object> { ["__typename"] = "PaymentPosition", ["iupd"] = "IMU-1999-0000001" },
        ];

        using var response = await fixture.Host.QueryAsync(
            """
            query($representations: [_Any!]!) {
              _entities(representations: $representations) {
                __typename
                ... on PaymentPosition { iupd status amountDue { cents } }
                ... on Citizen { fiscalCode debtPosition { fiscalCode } }
              }
            }
            """,
            new { representations });

        var entities = response.Data().GetProperty("_entities").EnumerateArray().ToList();
        Assert.Equal(TestLedger.Expired, entities[0].GetProperty("iupd").GetString());
        Assert.Equal("EXPIRED", entities[0].GetProperty("status").GetString());
        Assert.Equal(TestLedger.Payer, entities[1].GetProperty("debtPosition").GetProperty("fiscalCode").GetString());
        Assert.True(entities[2].IsNull());
    }

    private async Task<System.Text.Json.JsonElement> PositionAsync(string iupd)
    {
        using var response = await fixture.Host.QueryAsync(PositionQuery, new { iupd });
        return response.Data().GetProperty("paymentPosition").Clone();
    }
}
