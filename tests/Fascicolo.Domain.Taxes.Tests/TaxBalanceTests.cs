using Fascicolo.Domain.Taxes.Balance;
using Fascicolo.Domain.Taxes.Payments;
using Fascicolo.Domain.Taxes.Schedule;

namespace Fascicolo.Domain.Taxes.Tests;

public sealed class TaxBalanceTests
{
    private static readonly DateOnly Today = new(2026, 1, 1);

    private static readonly TaxInstalment[] Imu2024 =
    [
        new(TaxKind.Imu, 2024, 1, 2, new DateOnly(2024, 6, 16), 50_000),
        new(TaxKind.Imu, 2024, 2, 2, new DateOnly(2024, 12, 16), 50_000),
    ];

    private static readonly TaxInstalment[] Tari2024 =
    [
        new(TaxKind.Tari, 2024, 1, 3, new DateOnly(2024, 5, 16), 10_000),
        new(TaxKind.Tari, 2024, 2, 3, new DateOnly(2024, 7, 16), 10_000),
        new(TaxKind.Tari, 2024, 3, 3, new DateOnly(2024, 12, 2), 10_000),
    ];

    [Fact]
    public void Of_Should_ShowTheUnpaidAssessmentAsOverdue_When_TariWasOmittedAndImuPaid()
    {
        var payments = Imu2024.Select(i => new TaxPayment(TaxKind.Imu, 2024, i.Number, i.AmountCents, i.DueDate, TaxPaymentChannel.F24));
        var settlements = InstalmentSettlement.Settle([.. Imu2024, .. Tari2024], payments);
        AssessmentStanding[] assessments = [new(TaxKind.Tari, 30_000, 39_350, new DateOnly(2025, 12, 14), null)];

        var balance = TaxBalance.Of(settlements, assessments, Today);

        // Due: €1,000 IMU + €300 TARI + €93.50 sanction and interest; paid €1,000; owed €393.50, overdue.
        Assert.Equal(new TaxBalance(139_350, 100_000, 39_350, 39_350, 0), balance);
    }

    [Fact]
    public void Of_Should_OweNothing_When_TheAssessmentWasPaid()
    {
        var settlements = InstalmentSettlement.Settle(Tari2024, [new TaxPayment(TaxKind.Tari, 2024, 1, 10_000, new DateOnly(2024, 5, 1), TaxPaymentChannel.PagoPa)]);
        AssessmentStanding[] assessments = [new(TaxKind.Tari, 20_000, 26_180, new DateOnly(2025, 12, 1), new DateOnly(2025, 11, 20))];

        var balance = TaxBalance.Of(settlements, assessments, Today);

        Assert.Equal(new TaxBalance(36_180, 36_180, 0, 0, 0), balance);
    }

    [Fact]
    public void Of_Should_ReportARefund_When_AnInstalmentWasPaidTwice()
    {
        var payments = Imu2024.Select(i => new TaxPayment(TaxKind.Imu, 2024, i.Number, i.AmountCents, i.DueDate, TaxPaymentChannel.F24))
            .Append(new TaxPayment(TaxKind.Imu, 2024, 1, 50_000, new DateOnly(2024, 6, 20), TaxPaymentChannel.F24));

        var balance = TaxBalance.Of(InstalmentSettlement.Settle(Imu2024, payments), [], Today);

        Assert.Equal(new TaxBalance(100_000, 150_000, 0, 0, 50_000), balance);
    }

    [Fact]
    public void Of_Should_SeparateOutstandingFromOverdue_When_TheYearIsNotOverYet()
    {
        var settlements = InstalmentSettlement.Settle(Tari2024, []);

        var balance = TaxBalance.Of(settlements, [], new DateOnly(2024, 8, 1));

        Assert.Equal(new TaxBalance(30_000, 0, 30_000, 20_000, 0), balance);
    }
}
