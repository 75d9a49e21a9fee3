using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Gateway.Trust;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary>
/// Who may read the debts of whom, and who may record a receipt: the kit's policy on this subgraph's marks,
/// through HTTP with signed callers, on the taxpayer persona's overdue TARI (read by the vehicle owner as the
/// "other citizen"), a company's fees, and the test ledger's fines.
/// </summary>
[Collection(SharedPaymentsSubgraph.Name)]
public sealed class AccessTests(PaymentsFixture fixture)
{
    private const string Subgraph = "payments";

    private const string CitizenDebts = """
        query($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Citizen { debtPosition { totalOpen { cents } open { iupd description amount { cents } } } }
          }
        }
        """;

    private static readonly string[] CitizenDebtFields =
        ["Citizen.debtPosition", "DebtorPosition.open", "DebtorPosition.totalOpen", "PaymentPosition.amount", "PaymentPosition.description"];

    private readonly ReceiptDriver _psp = new(fixture);

    private string Taxpayer => fixture.City.GetPersona(DemoPersonaKeys.Taxpayer).FiscalCode;

    private string VehicleOwner => fixture.City.GetPersona(DemoPersonaKeys.VehicleOwner).FiscalCode;

    private PaymentDue TaxpayersTari => fixture.Ledger.First(d => d.DebtorFiscalCode == Taxpayer && d.Service == PaymentService.Tari);

    [Fact]
    public async Task DebtPosition_Should_ReturnTheDebtsAndAuditTheRead_When_ACitizenAtLevel2ReadsTheirOwn()
    {
        var caller = TestCallers.Citizen(Taxpayer);

        using var response = await QueryCitizenAsync(Taxpayer, caller);

        var open = response.Data().GetProperty("_entities")[0].GetProperty("debtPosition").GetProperty("open");
        Assert.Contains(open.EnumerateArray(), p => p.GetProperty("iupd").GetString() == TaxpayersTari.Iupd);
        await AccessAssertions.AssertAuditedAsync(caller, Subgraph, (Taxpayer, CitizenDebtFields));
    }

    [Fact]
    public async Task DebtPosition_Should_BeRefusedWithNotYourDataAndLeakNothing_When_ACitizenReadsAnothers()
    {
        var caller = TestCallers.Citizen(VehicleOwner);

        using var response = await QueryCitizenAsync(Taxpayer, caller);

        response.AssertRefused(AccessRefusalReasons.NotYourData, "_entities", 0, "debtPosition");
        response.AssertNowhere(TaxpayersTari.Iupd, TaxpayersTari.Description);
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task DebtPosition_Should_BeRefusedWithAssuranceTooLow_When_TheCitizenSignedInAtLevel1()
    {
        var caller = TestCallers.Citizen(Taxpayer, assurance: 1);

        using var response = await QueryCitizenAsync(Taxpayer, caller);

        response.AssertRefused(AccessRefusalReasons.AssuranceTooLow, "_entities", 0, "debtPosition");
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task DebtPosition_Should_ReturnTheDebtsAndAuditThePurpose_When_APaymentsOperatorStatesAPurpose()
    {
        var caller = TestCallers.Operator("payments", purpose: "sportello tributi: rateizzazione");

        using var response = await QueryCitizenAsync(Taxpayer, caller);

        var open = response.Data().GetProperty("_entities")[0].GetProperty("debtPosition").GetProperty("open");
        Assert.Contains(open.EnumerateArray(), p => p.GetProperty("iupd").GetString() == TaxpayersTari.Iupd);
        await AccessAssertions.AssertAuditedAsync(caller, Subgraph, (Taxpayer, CitizenDebtFields));
    }

    public static TheoryData<string, string?, string, string> RefusedOperators() => new()
    {
        { "taxes", TestCallers.Purpose, TestCallers.Ente, AccessRefusalReasons.OtherDepartment },
        { "payments", null, TestCallers.Ente, AccessRefusalReasons.PurposeRequired },
        { "payments", TestCallers.Purpose, "H501", AccessRefusalReasons.OtherEnte },
    };

    [Theory]
    [MemberData(nameof(RefusedOperators))]
    public async Task DebtPosition_Should_BeRefused_When_TheOperatorIsNotOfThisDeskOrStatesNoPurpose(string department, string? purpose, string ente, string reason)
    {
        var caller = TestCallers.Operator(department, purpose, ente);

        using var response = await QueryCitizenAsync(Taxpayer, caller);

        response.AssertRefused(reason, "_entities", 0, "debtPosition");
        response.AssertNowhere(TaxpayersTari.Iupd);
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task DebtPosition_Should_BeRefusedWithRoleNotAllowed_When_AnAnalystAsks()
    {
        var caller = TestCallers.Analyst();

        using var response = await QueryCitizenAsync(Taxpayer, caller);

        response.AssertRefused(AccessRefusalReasons.RoleNotAllowed, "_entities", 0, "debtPosition");
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task PaymentPosition_Should_AnswerTheKeyButRefuseTheDebt_When_AnonymousCallersAsk()
    {
        var caller = TestCallers.Anonymous();

        using var response = await fixture.Host.QueryAsync("query($iupd: ID!) { paymentPosition(iupd: $iupd) { iupd nextDueDate } }", new { iupd = TaxpayersTari.Iupd }, caller);

        response.AssertRefused(AccessRefusalReasons.AuthenticationRequired, "paymentPosition", "nextDueDate");
        Assert.Equal(TaxpayersTari.Iupd, response.RootElement.GetProperty("data").GetProperty("paymentPosition").GetProperty("iupd").GetString());
        response.AssertNowhere(TaxpayersTari.Description, Taxpayer);
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task PositionEntities_Should_BeRefused_When_ACitizenSendsAnotherPersonsKey()
    {
        var caller = TestCallers.Citizen(VehicleOwner);
        object[] representations = [new Dictionary<string, object> { ["__typename"] = "PaymentPosition", ["iupd"] = TaxpayersTari.Iupd }];

        using var response = await fixture.Host.QueryAsync(
            "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on PaymentPosition { fiscalCode fullName amountDue { cents } } } }",
            new { representations },
            caller);

        response.AssertRefused(AccessRefusalReasons.NotYourData, "_entities", 0, "fiscalCode");
        response.AssertNowhere(Taxpayer, fixture.City.GetPersona(DemoPersonaKeys.Taxpayer).FullName);
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task PaymentNotice_Should_BeRefused_When_ACitizenVerifiesAnotherPersonsNotice()
    {
        var nav = (await _psp.OptionAsync(TaxpayersTari.Iupd, 0)).Nav;
        var caller = TestCallers.Citizen(VehicleOwner);

        using var response = await fixture.Host.QueryAsync(
            "query($nav: String!) { paymentNotice(nav: $nav) { amount { cents } position { fiscalCode description } } }", new { nav }, caller);

        response.AssertRefused(AccessRefusalReasons.NotYourData, "paymentNotice", "amount");
        response.AssertNowhere(Taxpayer, TaxpayersTari.Description);
    }

    [Fact]
    public async Task PaymentNotice_Should_ReturnTheOption_When_TheDebtorVerifiesTheirOwnNotice()
    {
        var (nav, cents) = await _psp.OptionAsync(TaxpayersTari.Iupd, 0);
        var caller = TestCallers.Citizen(Taxpayer);

        using var response = await fixture.Host.QueryAsync(
            "query($nav: String!) { paymentNotice(nav: $nav) { amount { cents } position { iupd } } }", new { nav }, caller);

        var notice = response.Data().GetProperty("paymentNotice");
        Assert.Equal(cents, notice.Cents("amount"));
        await AccessAssertions.AssertAuditedAsync(caller, Subgraph, (Taxpayer, ["PaymentOption.amount", "PaymentOption.position"]));
    }

    public static TheoryData<string> OtherPeoplesSpellings() => new() { "lower case", "omocodic" };

    [Theory]
    [MemberData(nameof(OtherPeoplesSpellings))]
    public async Task DebtorPosition_Should_BeRefused_When_ACitizenAsksByAnotherSpellingOfAnotherPersonsCode(string spelling)
    {
        // Omocodic: the same person's code with its last digit written as a letter, a different string the FiscalCode scalar accepts as issued.
        var code = spelling == "omocodic" ? FiscalCodeGenerator.ApplyOmocodia(Taxpayer, 1) : Taxpayer.ToLowerInvariant();
        var caller = TestCallers.Citizen(VehicleOwner);

        using var response = await fixture.Host.QueryAsync(
            "query($code: String!) { debtorPosition(fiscalCode: $code) { totalOpen { cents } open { iupd } } }", new { code }, caller);

        response.AssertRefused(AccessRefusalReasons.NotYourData, "debtorPosition", "totalOpen");
        response.AssertNowhere(TaxpayersTari.Iupd);
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task DebtorPosition_Should_BeRefusedToCitizensButReadByTheDesk_When_TheDebtorIsACompany()
    {
        const string Query = "query($code: String!) { debtorPosition(fiscalCode: $code) { totalOpen { cents } } }";
        var citizen = TestCallers.Citizen(Taxpayer);
        var desk = TestCallers.Operator("payments");

        using var refused = await fixture.Host.QueryAsync(Query, new { code = TestLedger.Company }, citizen);
        using var read = await fixture.Host.QueryAsync(Query, new { code = TestLedger.Company }, desk);

        refused.AssertRefused(AccessRefusalReasons.NotYourData, "debtorPosition", "totalOpen");
        Assert.Equal(8_000, read.Data().GetProperty("debtorPosition").Cents("totalOpen"));
        await AccessAssertions.AssertAuditedAsync(desk, Subgraph, (TestLedger.Company, ["DebtorPosition.totalOpen"]));
    }

    public static TheoryData<string> RefusedRecorders() => new()
    {
        "citizen", "analyst", "anonymous", "operator of another department", "operator without purpose",
    };

    [Theory]
    [MemberData(nameof(RefusedRecorders))]
    public async Task RecordPaymentReceipt_Should_BeRefusedAndWriteNothing_When_TheCallerIsNotTheNodeOrAPaymentsDesk(string who)
    {
        var (caller, reason) = who switch
        {
            "citizen" => (TestCallers.Citizen(TestLedger.Payer), AccessRefusalReasons.RoleNotAllowed),
            "analyst" => (TestCallers.Analyst(), AccessRefusalReasons.RoleNotAllowed),
            "anonymous" => (TestCallers.Anonymous(), AccessRefusalReasons.AuthenticationRequired),
            "operator of another department" => (TestCallers.Operator("social"), AccessRefusalReasons.OtherDepartment),
            _ => (TestCallers.Operator("payments", purpose: null), AccessRefusalReasons.PurposeRequired),
        };
        var (nav, cents) = await _psp.OptionAsync(TestLedger.Fine(17), 0);

        using var response = await fixture.Host.QueryAsync(ReceiptDriver.Mutation, new { input = ReceiptDriver.Input("rcpt-refused-17", nav, cents) }, caller);

        response.AssertRefused(reason, "recordPaymentReceipt");
        Assert.Equal(0, await _psp.ReceiptCountAsync(nav));
        Assert.Equal("PO_UNPAID", await _psp.OptionStatusAsync(nav));
    }

    [Fact]
    public async Task RecordPaymentReceipt_Should_RecordAndAuditDebtorAndPayer_When_APaymentsDeskRecordsSomeoneElsesPayment()
    {
        var (nav, cents) = await _psp.OptionAsync(TestLedger.Fine(18), 0);
        var input = ReceiptDriver.Input("rcpt-desk-18", nav, cents);
        input["payerFiscalCode"] = Taxpayer;
        var caller = TestCallers.Operator("payments", purpose: "ricevuta portata allo sportello");

        using var response = await fixture.Host.QueryAsync(
            "mutation($input: PaymentReceiptInput!) { recordPaymentReceipt(input: $input) { receipt { debtorFiscalCode payerFiscalCode } } }", new { input }, caller);

        var receipt = response.Data().GetProperty("recordPaymentReceipt").GetProperty("receipt");
        Assert.Equal(Taxpayer, receipt.GetProperty("payerFiscalCode").GetString());
        Assert.Equal(1, await _psp.ReceiptCountAsync(nav));
        string[] fields = ["PaymentReceipt.debtorFiscalCode", "PaymentReceipt.payerFiscalCode"];
        await AccessAssertions.AssertAuditedAsync(caller, Subgraph, (TestLedger.Payer, fields), (Taxpayer, fields));
    }

    private Task<System.Text.Json.JsonDocument> QueryCitizenAsync(string fiscalCode, Caller caller)
    {
        object[] representations = [new Dictionary<string, object> { ["__typename"] = "Citizen", ["fiscalCode"] = fiscalCode }];
        return fixture.Host.QueryAsync(CitizenDebts, new { representations }, caller);
    }
}
