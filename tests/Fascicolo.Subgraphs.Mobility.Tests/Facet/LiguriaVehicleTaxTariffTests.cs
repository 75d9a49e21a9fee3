using Fascicolo.Domain.SyntheticCity.Mobility;

namespace Fascicolo.Subgraphs.Mobility.Tests.Facet;

/// <summary>Regione Liguria's vehicle tax against worked examples.</summary>
public sealed class LiguriaVehicleTaxTariffTests
{
    private static readonly DateOnly Period = new(2025, 3, 1);

    [Theory]
    // 85 kW Euro 6: 85 × € 2,58 = € 219,30 (the vehicle-owner persona's Golf).
    [InlineData(VehicleFuel.Diesel, EmissionClass.Euro6, 85, 21_930)]
    // 100 kW Euro 4: exactly at the limit, 100 × € 2,58 = € 258,00.
    [InlineData(VehicleFuel.Petrol, EmissionClass.Euro4, 100, 25_800)]
    // 110 kW Euro 5: 100 × € 2,58 + 10 × € 3,87 = € 296,70.
    [InlineData(VehicleFuel.Petrol, EmissionClass.Euro5, 110, 29_670)]
    // 60 kW Euro 3: 60 × € 2,70 = € 162,00.
    [InlineData(VehicleFuel.Lpg, EmissionClass.Euro3, 60, 16_200)]
    // 120 kW Euro 2: 100 × € 2,80 + 20 × € 4,20 = € 364,00.
    [InlineData(VehicleFuel.Diesel, EmissionClass.Euro2, 120, 36_400)]
    // 44 kW Euro 1: 44 × € 2,90 = € 127,60.
    [InlineData(VehicleFuel.Petrol, EmissionClass.Euro1, 44, 12_760)]
    // 150 kW Euro 0: 100 × € 3,00 + 50 × € 4,50 = € 525,00.
    [InlineData(VehicleFuel.Petrol, EmissionClass.Euro0, 150, 52_500)]
    public void Assess_Should_ChargeTheClassRatePerKw_When_TheCarIsOrdinary(VehicleFuel fuel, EmissionClass emission, int kw, long cents)
    {
        var assessment = LiguriaVehicleTaxTariff.Assess(fuel, emission, kw, new DateOnly(2010, 3, 14), Period);

        Assert.Equal(new VehicleTaxAssessment(cents, VehicleTaxBasis.Ordinary), assessment);
    }

    [Fact]
    public void Assess_Should_Exempt_When_AnElectricCarIsInItsFirstFiveYears()
    {
        var assessment = LiguriaVehicleTaxTariff.Assess(VehicleFuel.Electric, EmissionClass.Euro6, 208, new DateOnly(2021, 3, 10), Period);

        Assert.Equal(new VehicleTaxAssessment(0, VehicleTaxBasis.ElectricExempt), assessment);
        Assert.True(assessment.IsExempt);
    }

    [Fact]
    public void Assess_Should_ChargeAQuarter_When_AnElectricCarIsOlderThanFiveYears()
    {
        // 208 kW: (100 × € 2,58 + 108 × € 3,87) / 4 = € 675,96 / 4 = € 168,99.
        var assessment = LiguriaVehicleTaxTariff.Assess(VehicleFuel.Electric, EmissionClass.Euro6, 208, new DateOnly(2019, 3, 10), Period);

        Assert.Equal(new VehicleTaxAssessment(16_899, VehicleTaxBasis.ElectricReduced), assessment);
    }

    [Fact]
    public void Assess_Should_RoundAQuarterHalfUp_When_ItFallsBetweenCents()
    {
        // 65 kW: 65 × € 2,58 = € 167,70 = 16 770 cents; a quarter is 4 192,5 → 4 193.
        var assessment = LiguriaVehicleTaxTariff.Assess(VehicleFuel.Electric, EmissionClass.Euro6, 65, new DateOnly(2013, 3, 1), Period);

        Assert.Equal(4_193, assessment.AmountCents);
    }

    [Fact]
    public void Assess_Should_ChargeTheFlatRoadTax_When_TheCarIsThirtyYearsOld()
    {
        var thirty = LiguriaVehicleTaxTariff.Assess(VehicleFuel.Petrol, EmissionClass.Euro0, 40, new DateOnly(1995, 3, 1), Period);
        var almost = LiguriaVehicleTaxTariff.Assess(VehicleFuel.Petrol, EmissionClass.Euro1, 40, new DateOnly(1995, 3, 2), Period);

        Assert.Equal(new VehicleTaxAssessment(2_582, VehicleTaxBasis.Historic), thirty);
        Assert.Equal(VehicleTaxBasis.Ordinary, almost.Basis);
    }

    [Fact]
    public void DueDate_Should_BeTheEndOfThePeriodsFirstMonth_When_APeriodStarts()
    {
        Assert.Equal(new DateOnly(2025, 3, 31), VehicleTaxPeriod.DueDateOf(new DateOnly(2025, 3, 1)));
        Assert.Equal(new DateOnly(2024, 2, 29), VehicleTaxPeriod.DueDateOf(new DateOnly(2024, 2, 1)));
    }

    [Theory]
    [InlineData("2019-03-14", "2026-01-01", "2025-03-01")]
    [InlineData("2019-01-20", "2026-01-01", "2026-01-01")]
    [InlineData("2025-06-10", "2026-01-01", "2025-06-01")]
    [InlineData("2019-12-05", "2025-12-31", "2025-12-01")]
    public void StartOfPeriodOn_Should_BeTheLastRegistrationMonthBegun_When_AskedOnADay(string registration, string date, string start)
    {
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            VehicleTaxPeriod.StartOfPeriodOn(DateOnly.Parse(registration, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
