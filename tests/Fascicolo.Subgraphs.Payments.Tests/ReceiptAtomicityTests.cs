using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary>
/// <c>recordPaymentReceipt</c> writes the receipt, the option and the position in one transaction:
/// a failure on the last write leaves none of them. The failure is real, not a hook of the code under
/// test: the test installs a PostgreSQL trigger that raises on the position's status update.
/// </summary>
[Collection(SharedPaymentsSubgraph.Name)]
public sealed class ReceiptAtomicityTests(PaymentsFixture fixture)
{
    private readonly ReceiptDriver _psp = new(fixture);

    [Fact]
    public async Task Record_Should_LeaveNothingWritten_When_ThePositionUpdateFailsAfterTheReceiptInsert()
    {
        var iupd = TestLedger.Fine(11);
        var (nav, cents) = await _psp.OptionAsync(iupd, 0);
        // Only this test's position: the other tests of the collection keep paying theirs.
        await _psp.ExecuteAsync($$"""
            create function fail_position_status() returns trigger language plpgsql as $$
            begin
                raise exception 'position status update refused by the test';
            end $$;
            create trigger fail_position_status before update of status on payment_position
                for each row when (new.iupd = '{{iupd}}') execute function fail_position_status();
            """);
        try
        {
            using var failed = await _psp.RecordAsync(ReceiptDriver.Input("rcpt-atomic", nav, cents));

            Assert.Equal("INTERNAL_SERVER_ERROR", failed.SingleError().Extension("code"));
            Assert.Equal(0, await _psp.ReceiptCountAsync(nav));
            Assert.Equal("PO_UNPAID", await _psp.OptionStatusAsync(nav));
            Assert.Equal("VALID", await _psp.PositionStatusAsync(iupd));
        }
        finally
        {
            await _psp.ExecuteAsync("drop trigger fail_position_status on payment_position; drop function fail_position_status();");
        }

        // Without the trigger the very same receipt goes through: it was the failure, not the receipt.
        using var retried = await _psp.RecordAsync(ReceiptDriver.Input("rcpt-atomic", nav, cents));
        Assert.Equal("PAID", retried.Data().GetProperty("recordPaymentReceipt").GetProperty("position").GetProperty("status").GetString());
        Assert.Equal(1, await _psp.ReceiptCountAsync(nav));
    }
}
