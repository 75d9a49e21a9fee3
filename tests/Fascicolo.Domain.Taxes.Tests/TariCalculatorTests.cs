using CsCheck;
using Fascicolo.Domain.Taxes.Tari;

namespace Fascicolo.Domain.Taxes.Tests;

/// <summary>TARI bills, against examples worked by hand.</summary>
public sealed class TariCalculatorTests
{
    // Quf €1.70 per m², Quv €105.00 per household; Ka and Kb for 1-6 occupants (DPR 158/1999, north, over 5,000 inhabitants).
    private static readonly TariTariff Tariff = new(2025, 170m, 10_500m, [0.80m, 0.94m, 1.05m, 1.14m, 1.23m, 1.30m], [0.80m, 1.60m, 2.00m, 2.60m, 3.20m, 3.70m]);

    [Fact]
    public void Bill_Should_WeighTheFixedAndVariablePartsForOne_When_ASinglePersonLivesIn50SquareMetres()
    {
        // Fixed 1.70 × 0.80 × 50 = €68.00; variable 105.00 × 0.80 = €84.00; total €152.00.
        var bill = TariCalculator.Bill(Tariff, 50, 1);

        Assert.Equal((6_800, 8_400, 15_200), (bill.FixedCents, bill.VariableCents, bill.TotalCents));
        // Thirds rounded down, the rest on the last: €50.66, €50.66, €50.68.
        Assert.Equal([5_066L, 5_066L, 5_068L], bill.Instalments.Select(i => i.AmountCents));
        Assert.Equal([new DateOnly(2025, 5, 16), new DateOnly(2025, 7, 16), new DateOnly(2025, 12, 2)], bill.Instalments.Select(i => i.DueDate));
        Assert.Equal("TARI 2025 rata 2 di 3", bill.Instalments[1].Description);
    }

    [Fact]
    public void Bill_Should_WeighTheFixedAndVariablePartsForFour_When_AFamilyOfFourLivesIn100SquareMetres()
    {
        // Fixed 1.70 × 1.14 × 100 = €193.80; variable 105.00 × 2.60 = €273.00; total €466.80.
        var bill = TariCalculator.Bill(Tariff, 100, 4);

        Assert.Equal((19_380, 27_300, 46_680), (bill.FixedCents, bill.VariableCents, bill.TotalCents));
        Assert.Equal([15_560L, 15_560L, 15_560L], bill.Instalments.Select(i => i.AmountCents));
    }

    [Fact]
    public void Bill_Should_RoundTheFixedPartToTheCent_When_ItHasAFraction()
    {
        // 1.70 × 0.94 × 53 = €84.694 → €84.69.
        Assert.Equal(8_469, TariCalculator.Bill(Tariff, 53, 2).FixedCents);
    }

    [Fact]
    public void Bill_Should_UseTheSixRow_When_TheHouseholdIsLarger()
    {
        Assert.Equal(TariCalculator.Bill(Tariff, 90, 6), TariCalculator.Bill(Tariff, 90, 9) with { Occupants = 6 });
    }

    [Fact]
    public void Instalments_Should_AddUpToTheTotal_When_AnyDwellingIsBilled()
    {
        Gen.Select(Gen.Int[1, 400], Gen.Int[1, 9]).Sample((surface, occupants) =>
        {
            var bill = TariCalculator.Bill(Tariff, surface, occupants);
            return bill.Instalments.Sum(i => i.AmountCents) == bill.TotalCents && bill.Instalments.All(i => i.AmountCents >= 0);
        });
    }
}
