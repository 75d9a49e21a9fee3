using Fascicolo.Domain.Payments.Positions;

namespace Fascicolo.Domain.Payments.Tests;

public sealed class DebtPositionStatusRulesTests
{
    private static readonly DateOnly June16 = new(2025, 6, 16);
    private static readonly DateOnly December16 = new(2025, 12, 16);

    [Fact]
    public void OnPublication_Should_BeValidAtOnce_When_ThereIsNoValidityDate()
    {
        Assert.Equal(DebtPositionStatus.Valid, DebtPositionStatusRules.OnPublication(null));
        Assert.Equal(DebtPositionStatus.Published, DebtPositionStatusRules.OnPublication(June16));
    }

    [Theory]
    // Published: valid from the validity date on, not the day before.
    [InlineData(DebtPositionStatus.Published, "2025-06-01", false, "2025-05-31", DebtPositionStatus.Published)]
    [InlineData(DebtPositionStatus.Published, "2025-06-01", false, "2025-06-01", DebtPositionStatus.Valid)]
    // Valid with switchToExpired: payable on the last due date, expired the day after.
    [InlineData(DebtPositionStatus.Valid, null, true, "2025-12-16", DebtPositionStatus.Valid)]
    [InlineData(DebtPositionStatus.Valid, null, true, "2025-12-17", DebtPositionStatus.Expired)]
    // A published position past both dates is valid, then expired, on the same read.
    [InlineData(DebtPositionStatus.Published, "2025-06-01", true, "2026-01-01", DebtPositionStatus.Expired)]
    // Without switchToExpired a late position stays payable.
    [InlineData(DebtPositionStatus.Valid, null, false, "2026-03-01", DebtPositionStatus.Valid)]
    // Partially paid positions, paid ones, drafts and cancelled ones do not move with the clock.
    [InlineData(DebtPositionStatus.PartiallyPaid, null, true, "2026-03-01", DebtPositionStatus.PartiallyPaid)]
    [InlineData(DebtPositionStatus.Paid, null, true, "2026-03-01", DebtPositionStatus.Paid)]
    [InlineData(DebtPositionStatus.Draft, "2025-06-01", true, "2026-03-01", DebtPositionStatus.Draft)]
    [InlineData(DebtPositionStatus.Invalid, null, true, "2026-03-01", DebtPositionStatus.Invalid)]
    public void OnDate_Should_ApplyGpdsClockTransitions_When_ReadOnADay(
        DebtPositionStatus recorded, string? validityDate, bool switchToExpired, string today, DebtPositionStatus expected)
    {
        var status = DebtPositionStatusRules.OnDate(
            recorded, validityDate is null ? null : DateOnly.Parse(validityDate, System.Globalization.CultureInfo.InvariantCulture),
            switchToExpired, December16, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, status);
    }

    [Fact]
    public void AfterPayment_Should_BePartiallyPaid_When_SomeButNotAllInstalmentsArePaid()
    {
        OptionState[] options = [Full(Unpaid), Rata(Paid), Rata(Unpaid)];

        Assert.Equal(DebtPositionStatus.PartiallyPaid, DebtPositionStatusRules.AfterPayment(options));
    }

    [Fact]
    public void AfterPayment_Should_BePaid_When_EveryInstalmentIsPaid()
    {
        OptionState[] options = [Full(Unpaid), Rata(Reported), Rata(Paid)];

        Assert.Equal(DebtPositionStatus.Paid, DebtPositionStatusRules.AfterPayment(options));
    }

    [Fact]
    public void AfterPayment_Should_BePaid_When_TheFullOptionIsPaid()
    {
        OptionState[] options = [Full(Paid), Rata(Unpaid), Rata(Unpaid)];

        Assert.Equal(DebtPositionStatus.Paid, DebtPositionStatusRules.AfterPayment(options));
    }

    [Fact]
    public void AfterPayment_Should_Throw_When_NothingIsPaid()
    {
        Assert.Throws<ArgumentException>(() => DebtPositionStatusRules.AfterPayment([Full(Unpaid)]));
    }

    [Fact]
    public void Recorded_Should_FollowReceiptsAndReports_When_SeedingAPosition()
    {
        Assert.Equal(DebtPositionStatus.Published, DebtPositionStatusRules.Recorded(June16, [Full(Unpaid)]));
        Assert.Equal(DebtPositionStatus.Valid, DebtPositionStatusRules.Recorded(null, [Full(Unpaid)]));
        Assert.Equal(DebtPositionStatus.PartiallyPaid, DebtPositionStatusRules.Recorded(null, [Rata(Reported), Rata(Unpaid)]));
        Assert.Equal(DebtPositionStatus.Paid, DebtPositionStatusRules.Recorded(null, [Full(Paid)]));
        Assert.Equal(DebtPositionStatus.Reported, DebtPositionStatusRules.Recorded(null, [Full(Reported), Rata(Unpaid)]));
        Assert.Equal(DebtPositionStatus.Reported, DebtPositionStatusRules.Recorded(null, [Full(Unpaid), Rata(Reported), Rata(Reported)]));
    }

    [Theory]
    [InlineData(DebtPositionStatus.Draft, PaymentRefusal.PositionNotPayable)]
    [InlineData(DebtPositionStatus.Published, PaymentRefusal.PositionNotPayable)]
    [InlineData(DebtPositionStatus.Expired, PaymentRefusal.PositionNotPayable)]
    [InlineData(DebtPositionStatus.Invalid, PaymentRefusal.PositionNotPayable)]
    [InlineData(DebtPositionStatus.Paid, PaymentRefusal.OptionAlreadyPaid)]
    [InlineData(DebtPositionStatus.Reported, PaymentRefusal.OptionAlreadyPaid)]
    [InlineData(DebtPositionStatus.Valid, PaymentRefusal.None)]
    public void CheckPayment_Should_AcceptOnlyPayablePositions_When_TheOptionIsUnpaid(DebtPositionStatus statusToday, PaymentRefusal expected)
    {
        Assert.Equal(expected, DebtPositionStatusRules.CheckPayment(statusToday, [Full(Unpaid)], 0));
    }

    [Fact]
    public void CheckPayment_Should_RefuseTheFullOption_When_AnInstalmentIsAlreadyPaid()
    {
        OptionState[] options = [Full(Unpaid), Rata(Paid), Rata(Unpaid)];

        Assert.Equal(PaymentRefusal.OptionAlreadyPaid, DebtPositionStatusRules.CheckPayment(DebtPositionStatus.PartiallyPaid, options, 0));
        Assert.Equal(PaymentRefusal.OptionAlreadyPaid, DebtPositionStatusRules.CheckPayment(DebtPositionStatus.PartiallyPaid, options, 1));
        Assert.Equal(PaymentRefusal.None, DebtPositionStatusRules.CheckPayment(DebtPositionStatus.PartiallyPaid, options, 2));
    }

    [Fact]
    public void CheckPayment_Should_RefuseAnInstalment_When_TheFullOptionIsPaid()
    {
        OptionState[] options = [Full(Paid), Rata(Unpaid)];

        Assert.Equal(PaymentRefusal.OptionAlreadyPaid, DebtPositionStatusRules.CheckPayment(DebtPositionStatus.Valid, options, 1));
    }

    private const PaymentOptionStatus Unpaid = PaymentOptionStatus.Unpaid;
    private const PaymentOptionStatus Paid = PaymentOptionStatus.Paid;
    private const PaymentOptionStatus Reported = PaymentOptionStatus.Reported;

    private static OptionState Full(PaymentOptionStatus status) => new(false, status, June16, 20_000);

    private static OptionState Rata(PaymentOptionStatus status) => new(true, status, December16, 10_000);
}
