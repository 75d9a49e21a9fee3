using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary><c>recordPaymentReceipt</c> with bad input: a coded error naming the field, and nothing written.</summary>
[Collection(SharedPaymentsSubgraph.Name)]
public sealed class ReceiptInputTests(PaymentsFixture fixture)
{
    private readonly ReceiptDriver _psp = new(fixture);

    [Theory]
    [InlineData("paymentAmountCents", 0L, "INVALID_AMOUNT", "NOT_POSITIVE")]
    [InlineData("paymentAmountCents", -8_707L, "INVALID_AMOUNT", "NOT_POSITIVE")]
    [InlineData("feeCents", -1L, "INVALID_AMOUNT", "NEGATIVE")]
    [InlineData("noticeNumber", "30100000000000014", "INVALID_NOTICE_NUMBER", "INVALID_LENGTH")]
    [InlineData("noticeNumber", "301000000000000145", "INVALID_NOTICE_NUMBER", "CHECK_DIGITS_MISMATCH")]
    [InlineData("organizationFiscalCode", "00856930103", "INVALID_ORGANIZATION_FISCAL_CODE", "CHECK_DIGIT_MISMATCH")]
    [InlineData("receiptId", "not a receipt id!", "INVALID_RECEIPT_ID", "MALFORMED")]
    [InlineData("receiptId", "", "INVALID_RECEIPT_ID", "MALFORMED")]
    [InlineData("paymentDateTime", "2026-01-02T12:00:00Z", "INVALID_PAYMENT_DATE_TIME", "IN_THE_FUTURE")]
    [InlineData("pspId", " ", "INVALID_PSP", "EMPTY")]
    [InlineData("payerFiscalCode", "RSSMRA45D25F205X", "INVALID_FISCAL_CODE", "CHECK_CHARACTER_MISMATCH")]
    [InlineData("payerFiscalCode", "0085693010", "INVALID_FISCAL_CODE", "INVALID_LENGTH")]
    public async Task Record_Should_FailWithACodedErrorAndWriteNothing_When_AFieldIsInvalid(string field, object value, string code, string reason)
    {
        var (nav, cents) = await _psp.OptionAsync(TestLedger.Fine(10), 0);
        var input = ReceiptDriver.Input("rcpt-invalid", nav, cents);
        input[field] = value;
        var receipts = await _psp.AllReceiptsAsync();

        using var response = await _psp.RecordAsync(input);

        var error = response.SingleError();
        Assert.Equal(code, error.Extension("code"));
        Assert.Equal(reason, error.Extension("reason"));
        Assert.Equal(field, error.Extension("field"));
        Assert.True(response.RootElement.GetProperty("data").GetProperty("recordPaymentReceipt").IsNull());
        Assert.Equal(receipts, await _psp.AllReceiptsAsync());
        Assert.Equal("PO_UNPAID", await _psp.OptionStatusAsync(nav));
    }

    [Fact]
    public async Task Record_Should_FailValidationAndWriteNothing_When_ThePaymentMethodIsNotOfTheEnum()
    {
        var (nav, cents) = await _psp.OptionAsync(TestLedger.Fine(10), 0);
        var input = ReceiptDriver.Input("rcpt-bitcoin", nav, cents);
        input["paymentMethod"] = "BITCOIN";

        using var response = await _psp.RecordAsync(input);

        var error = response.SingleError();
        // GraphQL.NET rejects the variable before any resolver runs.
        Assert.Equal("INVALID_VALUE", error.Extension("code"));
        Assert.Contains("BITCOIN", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await _psp.ReceiptCountAsync(nav));
    }
}
