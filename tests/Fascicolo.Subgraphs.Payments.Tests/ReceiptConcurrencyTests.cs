using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary>
/// <c>recordPaymentReceipt</c> under concurrent calls: the position's row lock makes receipts of one
/// position take turns, and the keys on the receipt id and the IUV stand behind it.
/// </summary>
[Collection(SharedPaymentsSubgraph.Name)]
public sealed class ReceiptConcurrencyTests(PaymentsFixture fixture)
{
    private const int Parallel = 8;
    private readonly ReceiptDriver _psp = new(fixture);

    [Fact]
    public async Task Record_Should_AcceptExactlyOne_When_DifferentReceiptsPayTheSameOptionAtOnce()
    {
        var (nav, cents) = await _psp.OptionAsync(TestLedger.Fine(12), 0);

        var codes = await RaceAsync(i => ReceiptDriver.Input($"rcpt-race-{i}", nav, cents));

        Assert.Equal(1, codes.Count(c => c is null));
        Assert.All(codes.Where(c => c is not null), c => Assert.Equal("OPTION_ALREADY_PAID", c));
        Assert.Equal(1, await _psp.ReceiptCountAsync(nav));
    }

    [Fact]
    public async Task Record_Should_AcceptEveryCopyAndStoreOne_When_TheSameReceiptArrivesManyTimesAtOnce()
    {
        var (nav, cents) = await _psp.OptionAsync(TestLedger.Fine(13), 0);

        var codes = await RaceAsync(_ => ReceiptDriver.Input("rcpt-same-everywhere", nav, cents));

        Assert.All(codes, Assert.Null);
        Assert.Equal(1, await _psp.ReceiptCountAsync(nav));
    }

    [Fact]
    public async Task Record_Should_LeaveThePositionPaid_When_BothInstalmentsArePaidAtOnce()
    {
        var (first, firstCents) = await _psp.OptionAsync(TestLedger.ConcurrentInstalments, 0);
        var (second, secondCents) = await _psp.OptionAsync(TestLedger.ConcurrentInstalments, 1);

        var codes = await RaceAsync(i => i % 2 == 0
            ? ReceiptDriver.Input("rcpt-rata-a", first, firstCents)
            : ReceiptDriver.Input("rcpt-rata-b", second, secondCents));

        Assert.All(codes, Assert.Null);
        // Each saw the other's payment: PAID, never two PARTIALLY_PAID.
        Assert.Equal("PAID", await _psp.PositionStatusAsync(TestLedger.ConcurrentInstalments));
        Assert.Equal(1, await _psp.ReceiptCountAsync(first));
        Assert.Equal(1, await _psp.ReceiptCountAsync(second));
    }

    [Fact]
    public async Task Record_Should_StoreOneAndRefuseTheOther_When_OneReceiptIdPaysTwoNoticesAtOnce()
    {
        var (one, oneCents) = await _psp.OptionAsync(TestLedger.Fine(14), 0);
        var (other, otherCents) = await _psp.OptionAsync(TestLedger.Fine(15), 0);

        var codes = await RaceAsync(i => i % 2 == 0
            ? ReceiptDriver.Input("rcpt-two-notices", one, oneCents)
            : ReceiptDriver.Input("rcpt-two-notices", other, otherCents));

        // Whichever notice won, its copies succeed and the other notice's are conflicts.
        Assert.Equal(Parallel / 2, codes.Count(c => c is null));
        Assert.All(codes.Where(c => c is not null), c => Assert.Equal("RECEIPT_CONFLICT", c));
        Assert.Equal(1, await _psp.ReceiptCountAsync(one) + await _psp.ReceiptCountAsync(other));
    }

    // Starts the calls together and returns each one's error code (null on success).
    private async Task<List<string?>> RaceAsync(Func<int, Dictionary<string, object?>> input)
    {
        using var start = new SemaphoreSlim(0, Parallel);
        var calls = Enumerable.Range(0, Parallel).Select(async i =>
        {
            await start.WaitAsync();
            using var response = await _psp.RecordAsync(input(i));
            return response.RootElement.TryGetProperty("errors", out var errors) ? errors[0].Extension("code") : null;
        }).ToList();
        start.Release(Parallel);
        return [.. await Task.WhenAll(calls)];
    }
}
