using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary><c>recordPaymentReceipt</c>: recording what the nodo reports, idempotently, with GPD's checks.</summary>
[Collection(SharedPaymentsSubgraph.Name)]
public sealed class RecordReceiptTests(PaymentsFixture fixture)
{
    private readonly ReceiptDriver _psp = new(fixture);

    [Fact]
    public async Task Record_Should_StoreTheReceiptAndSettleThePosition_When_TheFullOptionIsPaid()
    {
        var (nav, cents) = await _psp.OptionAsync(TestLedger.Fine(0), 0);

        using var response = await _psp.RecordAsync(ReceiptDriver.Input("rcpt-fine-0", nav, cents));

        var payload = response.Data().GetProperty("recordPaymentReceipt");
        var receipt = payload.GetProperty("receipt");
        Assert.Equal("rcpt-fine-0", receipt.GetProperty("receiptId").GetString());
        Assert.Equal(nav, receipt.GetProperty("noticeNumber").GetString());
        Assert.Equal(cents, receipt.Cents("paymentAmount"));
        Assert.Equal(100, receipt.Cents("fee"));
        Assert.Equal(TestLedger.Payer, receipt.GetProperty("debtorFiscalCode").GetString());
        // 15:30 in Rome on 31 December is 14:30 UTC.
        Assert.Equal("2025-12-31T14:30:00Z", receipt.GetProperty("paymentDateTime").GetString());
        Assert.Equal("PO_PAID", receipt.GetProperty("option").GetProperty("status").GetString());
        var position = payload.GetProperty("position");
        Assert.Equal("PAID", position.GetProperty("status").GetString());
        Assert.Equal("2025-12-31T14:30:00Z", position.GetProperty("paymentDate").GetString());
        Assert.Equal(0, position.Cents("amountDue"));
        Assert.Equal("PO_PAID", await _psp.OptionStatusAsync(nav));
        Assert.Equal("PAID", await _psp.PositionStatusAsync(TestLedger.Fine(0)));
    }

    [Fact]
    public async Task Record_Should_ReturnTheSameResultAndWriteNothing_When_TheSameReceiptArrivesAgain()
    {
        var (nav, cents) = await _psp.OptionAsync(TestLedger.Fine(1), 0);
        var input = ReceiptDriver.Input("rcpt-fine-1", nav, cents);

        using var first = await _psp.RecordAsync(input);
        var receipts = await _psp.AllReceiptsAsync();
        using var again = await _psp.RecordAsync(input);

        Assert.Equal(first.Data().GetRawText(), again.Data().GetRawText());
        Assert.Equal(receipts, await _psp.AllReceiptsAsync());
        Assert.Equal(1, await _psp.ReceiptCountAsync(nav));
    }

    [Fact]
    public async Task Record_Should_FailWithReceiptConflict_When_AReceiptIdComesBackWithOtherContent()
    {
        var (nav, cents) = await _psp.OptionAsync(TestLedger.Fine(2), 0);
        var (otherNav, otherCents) = await _psp.OptionAsync(TestLedger.Fine(3), 0);
        using var first = await _psp.RecordAsync(ReceiptDriver.Input("rcpt-fine-2", nav, cents));
        first.Data();

        var changedFee = ReceiptDriver.Input("rcpt-fine-2", nav, cents);
        changedFee["feeCents"] = 150;
        using var sameNotice = await _psp.RecordAsync(changedFee);
        using var otherNotice = await _psp.RecordAsync(ReceiptDriver.Input("rcpt-fine-2", otherNav, otherCents));

        Assert.Equal("RECEIPT_CONFLICT", sameNotice.SingleError().Extension("code"));
        Assert.Equal("RECEIPT_CONFLICT", otherNotice.SingleError().Extension("code"));
        Assert.Equal(0, await _psp.ReceiptCountAsync(otherNav));
        Assert.Equal("PO_UNPAID", await _psp.OptionStatusAsync(otherNav));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    [InlineData(-8_700)]
    public async Task Record_Should_FailWithAmountMismatch_When_ThePaidAmountDiffersFromTheOption(long difference)
    {
        var (nav, cents) = await _psp.OptionAsync(TestLedger.Fine(4), 0);
        using var response = await _psp.RecordAsync(ReceiptDriver.Input($"rcpt-mismatch-{difference}", nav, cents + difference));

        var error = response.SingleError();
        Assert.Equal("AMOUNT_MISMATCH", error.Extension("code"));
        Assert.Equal(cents.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Extension("expectedCents"));
        Assert.Equal(0, await _psp.ReceiptCountAsync(nav));
        Assert.Equal("PO_UNPAID", await _psp.OptionStatusAsync(nav));
    }

    [Fact]
    public async Task Record_Should_FailWithOptionAlreadyPaid_When_AnotherReceiptPaidTheNoticeBefore()
    {
        var (nav, cents) = await _psp.OptionAsync(TestLedger.Fine(5), 0);
        using var first = await _psp.RecordAsync(ReceiptDriver.Input("rcpt-fine-5-a", nav, cents));
        first.Data();

        using var second = await _psp.RecordAsync(ReceiptDriver.Input("rcpt-fine-5-b", nav, cents));

        Assert.Equal("OPTION_ALREADY_PAID", second.SingleError().Extension("code"));
        Assert.Equal(1, await _psp.ReceiptCountAsync(nav));
    }

    [Fact]
    public async Task Record_Should_FailWithOptionAlreadyPaid_When_TheSeededOptionWasPaidAndReported()
    {
        var (nav, cents) = await _psp.OptionAsync(TestLedger.PaidAndReported, 0);

        using var response = await _psp.RecordAsync(ReceiptDriver.Input("rcpt-paid-again", nav, cents));

        Assert.Equal("OPTION_ALREADY_PAID", response.SingleError().Extension("code"));
        Assert.Equal(1, await _psp.ReceiptCountAsync(nav));
    }

    [Fact]
    public async Task Record_Should_MoveThroughPartiallyPaidToPaid_When_InstalmentsArePaidOneByOne()
    {
        var (full, fullCents) = await _psp.OptionAsync(TestLedger.PayerInstalments, 0);
        var (first, firstCents) = await _psp.OptionAsync(TestLedger.PayerInstalments, 1);
        var (second, secondCents) = await _psp.OptionAsync(TestLedger.PayerInstalments, 2);

        using var afterFirst = await _psp.RecordAsync(ReceiptDriver.Input("rcpt-rata-1", first, firstCents));
        var partial = afterFirst.Data().GetProperty("recordPaymentReceipt").GetProperty("position");
        Assert.Equal("PARTIALLY_PAID", partial.GetProperty("status").GetString());
        Assert.True(partial.GetProperty("paymentDate").IsNull());
        Assert.Equal(10_000, partial.Cents("amountDue"));

        // GPD: once an instalment is paid, the full option is closed.
        using var fullAfterFirst = await _psp.RecordAsync(ReceiptDriver.Input("rcpt-rata-full", full, fullCents));
        Assert.Equal("OPTION_ALREADY_PAID", fullAfterFirst.SingleError().Extension("code"));

        using var afterSecond = await _psp.RecordAsync(ReceiptDriver.Input("rcpt-rata-2", second, secondCents));
        var paid = afterSecond.Data().GetProperty("recordPaymentReceipt").GetProperty("position");
        Assert.Equal("PAID", paid.GetProperty("status").GetString());
        Assert.Equal(20_000, paid.Cents("paidAmount"));
        Assert.Equal(["PO_UNPAID", "PO_PAID", "PO_PAID"], paid.GetProperty("paymentOptions").EnumerateArray().Select(o => o.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData(nameof(TestLedger.NotYetValid), "PUBLISHED")]
    [InlineData(nameof(TestLedger.Expired), "EXPIRED")]
    public async Task Record_Should_FailWithPositionNotPayable_When_ThePositionIsNotValidToday(string name, string reason)
    {
        var (nav, cents) = await _psp.OptionAsync((string)typeof(TestLedger).GetField(name)!.GetValue(null)!, 0);

        using var response = await _psp.RecordAsync(ReceiptDriver.Input("rcpt-not-payable-" + reason, nav, cents));

        var error = response.SingleError();
        Assert.Equal("POSITION_NOT_PAYABLE", error.Extension("code"));
        Assert.Equal(reason, error.Extension("reason"));
        Assert.Equal(0, await _psp.ReceiptCountAsync(nav));
    }

    [Fact]
    public async Task Record_Should_FailWithNoticeNotFound_When_TheNoticeIsAnotherCreditorsOrUnknown()
    {
        var (nav, cents) = await _psp.OptionAsync(TestLedger.Fine(6), 0);
        var otherCreditor = ReceiptDriver.Input("rcpt-other-creditor", nav, cents);
        otherCreditor["organizationFiscalCode"] = Domain.SyntheticCity.Ledger.Creditors.RegioneLiguria;

        using var wrongCreditor = await _psp.RecordAsync(otherCreditor);
        using var unknown = await _psp.RecordAsync(ReceiptDriver.Input("rcpt-unknown", Domain.Payments.Notices.NoticeNumber.Create(1, 1).Value, cents));

        Assert.Equal("NOTICE_NOT_FOUND", wrongCreditor.SingleError().Extension("code"));
        Assert.Equal("NOTICE_NOT_FOUND", unknown.SingleError().Extension("code"));
        Assert.Equal(0, await _psp.ReceiptCountAsync(nav));
    }
}
