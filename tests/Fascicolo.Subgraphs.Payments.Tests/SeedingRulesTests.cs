using Fascicolo.Domain.Payments.Positions;
using Fascicolo.Domain.Payments.Transfers;
using Fascicolo.Subgraphs.Payments.Data;
using Fascicolo.Subgraphs.Payments.Seed;
using Creditors = Fascicolo.Domain.SyntheticCity.Ledger.Creditors;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary>The seeder's rules, one worked example each: IUV series, segregation codes, transfer splits, payment times.</summary>
public sealed class SeedingRulesTests
{
    [Fact]
    public void IuvIssuer_Should_NumberEachSegregationCodeAndYearFromOne_When_Issuing()
    {
        var issuer = new IuvIssuer();

        // Base = year × 10^9 + sequence: 85 · 2025000000001; 3852025000000001 = 93 × 41,419,623,655,913 + 92.
        Assert.Equal("85202500000000192", issuer.Next(85, 2025).Iuv);
        Assert.Equal("852025000000002", issuer.Next(85, 2025).Iuv[..15]);
        Assert.Equal("852024000000001", issuer.Next(85, 2024).Iuv[..15]);
        Assert.Equal("012025000000001", issuer.Next(1, 2025).Iuv[..15]);
    }

    [Theory]
    [InlineData(nameof(PaymentService.Tari), Creditors.ComuneDiGenova, 85)]
    [InlineData(nameof(PaymentService.VehicleTax), Creditors.RegioneLiguria, 96)]
    [InlineData(nameof(PaymentService.Imu), Creditors.ComuneDiGenova, 1)]
    [InlineData(nameof(PaymentService.TrafficFine), Creditors.ComuneDiGenova, 1)]
    [InlineData(nameof(PaymentService.SchoolCanteen), Creditors.ComuneDiGenova, 1)]
    [InlineData(nameof(PaymentService.PermitFee), Creditors.RegioneLiguria, 2)]
    public void SegregationCodes_Should_ReserveTariAndVehicleTax_When_ChoosingACreditorsSeries(string service, string creditor, int expected)
    {
        Assert.Equal(expected, SegregationCodes.Of(Beneficiaries.Creditor(creditor), Enum.Parse<PaymentService>(service)));
    }

    [Fact]
    public void TransferPlan_Should_SplitTariWithTheTefa_When_TheAmountAllowsIt()
    {
        var transfers = TransferPlan.For(PaymentService.Tari, Beneficiaries.ComuneDiGenova, "85202500000000192", 33_453, "TARI 2024", TransferStatus.Unreported);

        // 334.53 × 5/105 = 15.93 → TEFA € 15.93, TARI € 318.60 (as in the taxpayer's notice).
        Assert.Equal([(1, 31_860L, Creditors.ComuneDiGenova), (2, 1_593L, "80007350103")], transfers.Select(t => (t.IdTransfer, t.AmountCents, t.OrganizationFiscalCode)));
        Assert.Equal("/RFB/85202500000000192/15.93/TXT/TEFA TARI 2024", transfers[1].RemittanceInformation);
        Assert.All(transfers, t => Assert.True(Iban.IsValid(t.Iban)));
        Assert.NotEqual(transfers[0].Iban, transfers[1].Iban);
    }

    [Fact]
    public void TransferPlan_Should_PayTheComuneAlone_When_TheTefaWouldRoundToNothing()
    {
        // 10 cents × 5/105 = 0.48 → 0: a transfer must be above zero.
        var transfer = Assert.Single(TransferPlan.For(PaymentService.Tari, Beneficiaries.ComuneDiGenova, "85202500000000192", 10, "TARI", TransferStatus.Unreported));

        Assert.Equal(10, transfer.AmountCents);
    }

    [Theory]
    [InlineData(nameof(PaymentService.TrafficFine), "9/0101108SA/")]
    [InlineData(nameof(PaymentService.VehicleTax), "9/0301101TS/")]
    public void TransferPlan_Should_PayTheCreditorAlone_When_TheServiceIsNotTari(string name, string category)
    {
        var service = Enum.Parse<PaymentService>(name);
        var creditor = service == PaymentService.VehicleTax ? Beneficiaries.RegioneLiguria : Beneficiaries.ComuneDiGenova;

        var transfer = Assert.Single(TransferPlan.For(service, creditor, "01202500000000180", 8_700, "Verbale", TransferStatus.Reported));

        Assert.Equal((8_700L, creditor.FiscalCode, category, TransferStatus.Reported), (transfer.AmountCents, transfer.OrganizationFiscalCode, transfer.Category, transfer.Status));
    }

    [Fact]
    public void ReceiptSynthesis_Should_DatePaymentsInItalianDaytime_When_TheDayIsInWinterOrSummer()
    {
        var winter = ReceiptSynthesis.PaidAt("01202500000000180", new DateOnly(2025, 1, 15));
        var summer = ReceiptSynthesis.PaidAt("01202500000000180", new DateOnly(2025, 7, 15));

        // Between 07:30 and 20:30 in Rome: 06:30–19:30 UTC in winter (CET), 05:30–18:30 in summer (CEST).
        Assert.InRange(winter, new DateTime(2025, 1, 15, 6, 30, 0, DateTimeKind.Utc), new DateTime(2025, 1, 15, 19, 30, 0, DateTimeKind.Utc));
        Assert.InRange(summer, new DateTime(2025, 7, 15, 5, 30, 0, DateTimeKind.Utc), new DateTime(2025, 7, 15, 18, 30, 0, DateTimeKind.Utc));
        // The same IUV gets the same minute of the day, whatever the date.
        Assert.Equal(winter.TimeOfDay + TimeSpan.FromHours(-1), summer.TimeOfDay);
    }
}
