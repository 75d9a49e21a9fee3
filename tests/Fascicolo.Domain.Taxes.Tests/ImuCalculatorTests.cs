using Fascicolo.Domain.Taxes.Imu;
using static Fascicolo.Domain.Taxes.Tests.ImuExamples;

namespace Fascicolo.Domain.Taxes.Tests;

/// <summary>IMU for a year, against examples worked by hand.</summary>
public sealed class ImuCalculatorTests
{
    [Fact]
    public void Compute_Should_ApplyTheOrdinaryRate_When_AnA2FlatIsLetOnTheFreeMarket()
    {
        // Rendita €750.00 → base 750 × 1.05 × 160 = €126,000.00; × 10.6‰ = €1,335.60.
        // F24 3918: deposit €667.80 → €668 (80 cents round up), balance €667.80 → €668.
        var year = ImuCalculator.Compute(2025, Rates2025, [Holding("A/2", 75_000, ImuUse.Let)]);

        var line = Assert.Single(year.Lines);
        Assert.Equal(ImuTreatment.Ordinary, line.Treatment);
        Assert.Equal(12_600_000, line.TaxableBaseCents);
        Assert.Equal(12, line.Months);
        Assert.Equal(133_560, line.TaxCents);
        var f24 = Assert.Single(year.F24Lines);
        Assert.Equal(ImuTaxCodes.OtherBuildings, f24.TaxCode);
        Assert.Equal((66_780, 66_780), (f24.DepositCents, f24.BalanceCents));
        Assert.Equal((66_800, 66_800), (year.DepositCents, year.BalanceCents));
        Assert.Equal(133_600, year.PayableCents);
        Assert.Equal([new DateOnly(2025, 6, 16), new DateOnly(2025, 12, 16)], year.Instalments.Select(i => i.DueDate));
    }

    [Fact]
    public void Compute_Should_ReduceTheAgreedRentRateByAQuarter_When_TheFlatIsLetAtAnAgreedRent()
    {
        // Base €126,000.00 × 7.6‰ = €957.60, less 25% = €718.20; deposit and balance €359.10 → €359 each.
        var year = ImuCalculator.Compute(2025, Rates2025, [Holding("A/2", 75_000, ImuUse.LetAtAgreedRent)]);

        Assert.Equal(ImuTreatment.AgreedRent, year.Lines[0].Treatment);
        Assert.Equal(71_820, year.TaxCents);
        Assert.Equal(71_800, year.PayableCents);
    }

    [Fact]
    public void Compute_Should_ExemptTheMainHome_When_ItIsAnA3()
    {
        // Base 500 × 1.05 × 160 = €84,000.00, but a non-luxury main home pays nothing.
        var year = ImuCalculator.Compute(2025, Rates2025, [Holding("A/3", 50_000, ImuUse.MainHome)]);

        var line = Assert.Single(year.Lines);
        Assert.True(line.IsExempt);
        Assert.Equal(8_400_000, line.TaxableBaseCents);
        Assert.Equal(0, line.TaxCents);
        Assert.Empty(year.F24Lines);
        Assert.Empty(year.Instalments);
    }

    [Fact]
    public void Compute_Should_ApplyTheMainHomeRateAndDeduction_When_AnA1IsTheMainHome()
    {
        // Base 2,000 × 1.05 × 160 = €336,000.00; × 6‰ = €2,016.00; less €200 = €1,816.00 under code 3912.
        var year = ImuCalculator.Compute(2025, Rates2025, [Holding("A/1", 200_000, ImuUse.MainHome)]);

        var line = Assert.Single(year.Lines);
        Assert.Equal(ImuTreatment.LuxuryMainHome, line.Treatment);
        Assert.Equal((201_600, 20_000, 181_600), (line.GrossTaxCents, line.DeductionCents, line.TaxCents));
        Assert.Equal(ImuTaxCodes.MainHome, Assert.Single(year.F24Lines).TaxCode);
        Assert.Equal((90_800, 90_800), (year.DepositCents, year.BalanceCents));
    }

    [Fact]
    public void Compute_Should_SplitTheDeductionEqually_When_TwoResidentOwnersShareALuxuryMainHome()
    {
        // Each owns 1/2: €2,016.00 / 2 = €1,008.00, less €200 / 2 = €100.00 → €908.00 each.
        var year = ImuCalculator.Compute(2025, Rates2025, [Holding("A/8", 200_000, ImuUse.MainHome, 1, 2, residentOwners: 2)]);

        Assert.Equal((100_800, 10_000, 90_800), (year.Lines[0].GrossTaxCents, year.Lines[0].DeductionCents, year.Lines[0].TaxCents));
    }

    [Fact]
    public void Compute_Should_CountOnlyTheMonthsHeldMoreThanHalf_When_AHalfShareIsBoughtMidYear()
    {
        // Bought 20 April 2025: 11 of April's 30 days, so May-December = 8 months.
        // Rendita €600.00 → base €100,800.00 × 1/2 × 8/12 × 10.6‰ = €356.16; deposit and balance €178.08 → €178.
        var year = ImuCalculator.Compute(2025, Rates2025, [Holding("A/2", 60_000, ImuUse.Other, 1, 2, new DateOnly(2025, 4, 20))]);

        Assert.Equal(8, year.Lines[0].Months);
        Assert.Equal(35_616, year.TaxCents);
        Assert.Equal((17_800, 17_800), (year.DepositCents, year.BalanceCents));
    }

    [Fact]
    public void Compute_Should_ExemptOneGaragePerCategory_When_TheMainHomeHasTwo()
    {
        // The A/2 home and its better garage (rendita €100.00) are exempt; the second C/6 (€80.00)
        // pays the ordinary rate: 80 × 1.05 × 160 = €13,440.00 × 10.6‰ = €142.464 → €142.46;
        // deposit and balance €71.23 → €71 each (23 cents round down). The C/2 cellar is exempt too.
        var year = ImuCalculator.Compute(2025, Rates2025,
        [
            Holding("A/2", 90_000, ImuUse.MainHome, id: "CU-1"),
            Holding("C/6", 8_000, ImuUse.MainHomeAppurtenance, id: "CU-2"),
            Holding("C/6", 10_000, ImuUse.MainHomeAppurtenance, id: "CU-3"),
            Holding("C/2", 3_000, ImuUse.MainHomeAppurtenance, id: "CU-4"),
        ]);

        var treatments = year.Lines.ToDictionary(l => l.Holding.UnitId, l => l.Treatment);
        Assert.Equal(ImuTreatment.ExemptMainHome, treatments["CU-1"]);
        Assert.Equal(ImuTreatment.Ordinary, treatments["CU-2"]);
        Assert.Equal(ImuTreatment.ExemptMainHome, treatments["CU-3"]);
        Assert.Equal(ImuTreatment.ExemptMainHome, treatments["CU-4"]);
        Assert.Equal(14_246, year.TaxCents);
        Assert.Equal((7_100, 7_100), (year.DepositCents, year.BalanceCents));
    }

    [Fact]
    public void Compute_Should_TaxAGarageAtTheOrdinaryRate_When_ItsOwnerHasNoMainHome()
    {
        var year = ImuCalculator.Compute(2025, Rates2025, [Holding("C/6", 10_000, ImuUse.MainHomeAppurtenance)]);

        Assert.Equal(ImuTreatment.Ordinary, year.Lines[0].Treatment);
        Assert.Equal(17_808, year.TaxCents); // 100 × 1.05 × 160 × 10.6‰ = €178.08
    }

    [Fact]
    public void Compute_Should_SetTheDeductionAgainstTheAppurtenance_When_TheLuxuryHomeTaxIsLowerThanIt()
    {
        // A/9 rendita €150.00 → base €25,200.00 × 6‰ = €151.20, all deducted; the €200 leaves €48.80
        // for the garage (€100.00 → €16,800.00 × 6‰ = €100.80 → €52.00).
        var year = ImuCalculator.Compute(2025, Rates2025,
        [
            Holding("A/9", 15_000, ImuUse.MainHome, id: "CU-1"),
            Holding("C/6", 10_000, ImuUse.MainHomeAppurtenance, id: "CU-2"),
        ]);

        Assert.Equal((15_120, 15_120), (year.Lines[0].GrossTaxCents, year.Lines[0].DeductionCents));
        Assert.Equal((10_080, 4_880), (year.Lines[1].GrossTaxCents, year.Lines[1].DeductionCents));
        Assert.Equal(5_200, year.TaxCents);
    }

    [Fact]
    public void Compute_Should_PayTheStateShareUnderItsOwnCode_When_TheBuildingIsGroupD()
    {
        // D/7 rendita €10,000.00 → base 10,000 × 1.05 × 65 = €682,500.00; × 10.6‰ = €7,234.50,
        // of which 7.6‰ = €5,187.00 to the State (3925) and €2,047.50 to the city (3930).
        var year = ImuCalculator.Compute(2025, Rates2025, [Holding("D/7", 1_000_000, ImuUse.Other)]);

        Assert.Equal(723_450, year.TaxCents);
        Assert.Equal(
            [(ImuTaxCodes.GroupDState, 518_700L), (ImuTaxCodes.GroupDMunicipality, 204_750L)],
            year.F24Lines.Select(l => (l.TaxCode, l.AnnualCents)));
        // 3925: 2,593.50 → €2,594 twice; 3930: 1,023.75 → €1,024 twice.
        Assert.Equal(2 * (259_400 + 102_400), year.PayableCents);
    }

    [Fact]
    public void Compute_Should_LeaveAHoldingOut_When_ItWasBoughtAfterTheYear()
    {
        var year = ImuCalculator.Compute(2025, Rates2025, [Holding("A/2", 75_000, ImuUse.Let, since: new DateOnly(2026, 2, 1))]);

        Assert.Empty(year.Lines);
        Assert.Equal(0, year.PayableCents);
    }

    [Fact]
    public void Compute_Should_Throw_When_TheRatesAreOfAnotherYear()
    {
        Assert.Throws<ArgumentException>(() => ImuCalculator.Compute(2024, Rates2025, []));
    }
}
