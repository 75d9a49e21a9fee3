using Fascicolo.Domain.SyntheticCity.Ledger;

namespace Fascicolo.Domain.SyntheticCity.Tests;

public sealed class LedgerTests
{
    [Theory]
    [InlineData(PaymentService.Imu, 2024, 42, "IMU-2024-0000042")]
    [InlineData(PaymentService.VehicleTax, 2026, 9_999_999, "BOLLO-2026-9999999")]
    public void Iupd_Should_BePrefixYearAndSequence_When_Formatted(PaymentService service, int year, int sequence, string expected)
    {
        Assert.Equal(expected, Iupds.Format(service, year, sequence));
    }

    [Fact]
    public void PaymentsDue_Should_HaveUniqueIupdsWithinGpdLimits_When_Generated()
    {
        var ledger = Cities.Large.PaymentsDue();

        Assert.Equal(ledger.Count, ledger.Select(p => p.Iupd).Distinct().Count());
        Assert.All(ledger, p =>
        {
            Assert.InRange(p.Iupd.Length, 1, 35);
            Assert.InRange(p.Description.Length, 1, 140);
            Assert.NotEmpty(p.Options);
            Assert.All(p.Options, o => Assert.True(o.AmountCents > 0));
            Assert.StartsWith(Iupds.Prefix(p.Service) + "-", p.Iupd, StringComparison.Ordinal);
        });
    }
}
