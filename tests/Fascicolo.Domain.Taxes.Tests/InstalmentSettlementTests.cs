using Fascicolo.Domain.Taxes.Payments;
using Fascicolo.Domain.Taxes.Schedule;

namespace Fascicolo.Domain.Taxes.Tests;

public sealed class InstalmentSettlementTests
{
    private static readonly TaxInstalment Deposit = new(TaxKind.Imu, 2025, 1, 2, new DateOnly(2025, 6, 16), 50_000);

    [Theory]
    [InlineData(null, 0, "2025-06-01", TaxDeadlineStatus.Open)]
    [InlineData(null, 0, "2025-06-16", TaxDeadlineStatus.Open)]
    [InlineData(null, 0, "2025-06-17", TaxDeadlineStatus.Overdue)]
    [InlineData("2025-06-16", 50_000, "2025-07-01", TaxDeadlineStatus.Paid)]
    [InlineData("2025-06-17", 50_000, "2025-07-01", TaxDeadlineStatus.PaidLate)]
    [InlineData("2025-06-10", 20_000, "2025-07-01", TaxDeadlineStatus.PartiallyPaid)]
    public void StatusOn_Should_FollowPaymentsAndTheDeadline_When_Asked(string? paidOn, long amount, string today, TaxDeadlineStatus status)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        TaxPayment[] payments = paidOn is null ? [] : [new(TaxKind.Imu, 2025, 1, amount, DateOnly.Parse(paidOn, c), TaxPaymentChannel.F24)];

        var settlement = Assert.Single(InstalmentSettlement.Settle([Deposit], payments));

        Assert.Equal(status, settlement.StatusOn(DateOnly.Parse(today, c)));
    }

    [Fact]
    public void Settle_Should_IgnorePaymentsOfOtherInstalments_When_Matching()
    {
        TaxPayment[] payments = [new(TaxKind.Imu, 2025, 2, 50_000, new DateOnly(2025, 6, 1), TaxPaymentChannel.F24), new(TaxKind.Imu, 2024, 1, 50_000, new DateOnly(2025, 6, 1), TaxPaymentChannel.F24)];

        Assert.Equal(0, InstalmentSettlement.Settle([Deposit], payments)[0].PaidCents);
    }
}
