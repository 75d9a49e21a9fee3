using Fascicolo.Domain.Payments.Positions;
using Fascicolo.Subgraphs.Payments.Data;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary><see cref="DebtorPosition.From"/>: grouping by today's status and totals, one worked example.</summary>
public sealed class DebtorPositionGroupingTests
{
    private static readonly DateOnly Today = new(2026, 1, 1);

    [Fact]
    public void From_Should_GroupByTodaysStatusAndHideDraftsAndCancelled_When_SummingADebtor()
    {
        PositionRecord[] positions =
        [
            Position("A", DebtPositionStatus.Valid, null, false, Option(10_000, new(2025, 12, 16))),                  // open, overdue
            Position("B", DebtPositionStatus.Published, new(2026, 2, 1), false, Option(2_000, new(2026, 2, 28))),     // open (announced)
            Position("C", DebtPositionStatus.Valid, null, true, Option(3_000, new(2025, 11, 30))),                    // expired today
            Position("D", DebtPositionStatus.Paid, null, true, Option(4_000, new(2025, 10, 1), PaymentOptionStatus.Paid)),
            Position("E", DebtPositionStatus.Draft, null, false, Option(5_000, new(2026, 3, 1))),                     // hidden
            Position("F", DebtPositionStatus.Invalid, null, false, Option(6_000, new(2026, 3, 1))),                   // hidden
        ];

        var debts = DebtorPosition.From("RSSMRA45D25F205N", positions, Today);

        Assert.Equal(["A", "B"], debts.Open.Select(p => p.Iupd));
        Assert.Equal(["D"], debts.Paid.Select(p => p.Iupd));
        Assert.Equal(["C"], debts.Expired.Select(p => p.Iupd));
        Assert.Equal(12_000, debts.TotalOpen.Cents);
        Assert.Equal(10_000, debts.TotalOverdue.Cents);
        Assert.Equal(4_000, debts.TotalPaid.Cents);
        Assert.Equal(3_000, debts.TotalExpired.Cents);
    }

    private static OptionRecord Option(long cents, DateOnly due, PaymentOptionStatus status = PaymentOptionStatus.Unpaid) =>
        new("01202500000000180", "X", 1, "00856930102", cents, "Rata unica", due, false, status, null, DateTime.UnixEpoch);

    private static PositionRecord Position(string iupd, DebtPositionStatus recorded, DateOnly? validity, bool switchToExpired, OptionRecord option) =>
        new(iupd, PaymentService.Imu, "00856930102", "Comune di Genova", null, DebtorType.NaturalPerson, "RSSMRA45D25F205N", "Mario Rossi",
            "IMU", new(2025, 9, 1), validity, switchToExpired, recorded, null, DateTime.UnixEpoch, [option with { Iupd = iupd }]);
}
