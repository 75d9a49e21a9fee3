using Fascicolo.Domain.SyntheticCity.Mobility;
using Fascicolo.Subgraphs.Mobility.Data;

namespace Fascicolo.Subgraphs.Mobility.Tests.Facet;

/// <summary>The statuses the API computes from dates and today: worked day by day.</summary>
public sealed class MobilityStatusesTests
{
    private static readonly TrafficFineRecord Fine = new(
        "2025/0000022", "FX318KM", "BRZMRC78S08D969N", new DateTime(2025, 12, 12, 9, 42, 0, DateTimeKind.Utc), "Via San Lorenzo, Genova",
        "7", "14", "ZTL", 0, 8_300, 1_450, 9_750, 7_260, new DateOnly(2025, 12, 29), null, null, "CDS-2025-0000022");

    [Theory]
    [InlineData("2025-12-29", "PayableReduced", 7_260L)]
    [InlineData("2026-01-03", "PayableReduced", 7_260L)] // the fifth day still counts
    [InlineData("2026-01-04", "Payable", 9_750L)]
    [InlineData("2026-02-27", "Payable", 9_750L)] // the sixtieth day still counts
    [InlineData("2026-02-28", "Overdue", 9_750L)]
    public void Fine_Should_MoveFromReducedToOverdue_When_DaysPassAfterNotification(string today, string status, long due)
    {
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(Enum.Parse<TrafficFineStatus>(status), MobilityStatuses.Of(Fine, day));
        Assert.Equal(due, MobilityStatuses.AmountDue(Fine, day));
    }

    [Fact]
    public void Fine_Should_BePaidWithNothingDue_When_APaymentIsRecorded()
    {
        var paid = Fine with { PaidOn = new DateOnly(2025, 12, 30), PaidCents = 7_260 };

        Assert.Equal(TrafficFineStatus.Paid, MobilityStatuses.Of(paid, new DateOnly(2026, 3, 1)));
        Assert.Null(MobilityStatuses.AmountDue(paid, new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void Fine_Should_SkipTheReducedPeriod_When_NoReductionApplies()
    {
        var speeding = Fine with { ReducedCents = null };

        Assert.Equal(TrafficFineStatus.Payable, MobilityStatuses.Of(speeding, new DateOnly(2025, 12, 30)));
    }

    [Theory]
    [InlineData(21_930L, null, "2026-03-31", "Due")]
    [InlineData(21_930L, null, "2026-04-01", "Overdue")]
    [InlineData(21_930L, "2026-03-25", "2026-04-01", "Paid")]
    [InlineData(0L, null, "2026-04-01", "Exempt")]
    public void VehicleTax_Should_BeDueUntilTheEndOfTheFirstMonth_When_Unpaid(long cents, string? paidOn, string today, string status)
    {
        var tax = new VehicleTaxRecord("FX318KM", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), cents, VehicleTaxBasis.Ordinary,
            paidOn is null ? null : DateOnly.Parse(paidOn, System.Globalization.CultureInfo.InvariantCulture), cents == 0 ? null : "BOLLO-2026-0000001");

        Assert.Equal(Enum.Parse<VehicleTaxStatus>(status), MobilityStatuses.Of(tax, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-03-14", "Valid")]
    [InlineData("2026-03-15", "GracePeriod")]
    [InlineData("2026-03-29", "GracePeriod")] // 15 days of grace
    [InlineData("2026-03-30", "Expired")]
    public void Insurance_Should_CoverFifteenDaysAfterExpiry_When_NotRenewed(string today, string status)
    {
        Assert.Equal(Enum.Parse<InsuranceStatus>(status), MobilityStatuses.Insurance(new DateOnly(2026, 3, 14), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-01-29", "Valid")]
    [InlineData("2026-01-30", "DueSoon")] // 60 days before 31 March
    [InlineData("2026-03-31", "DueSoon")]
    [InlineData("2026-04-01", "Overdue")]
    public void Inspection_Should_BeDueSoonSixtyDaysAhead_When_TheDueDateApproaches(string today, string status)
    {
        Assert.Equal(Enum.Parse<InspectionStatus>(status), MobilityStatuses.Inspection(new DateOnly(2026, 3, 31), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
