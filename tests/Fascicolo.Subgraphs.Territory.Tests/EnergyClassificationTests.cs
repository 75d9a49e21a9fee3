using Fascicolo.Domain.SyntheticCity.Territory;

namespace Fascicolo.Subgraphs.Territory.Tests;

/// <summary>
/// The energy class rule of DM 26/6/2015: EPgl,nren over the reference building's, upper bounds
/// included (A4 ≤ 0.40, A3 ≤ 0.60, A2 ≤ 0.80, A1 ≤ 1.00, B ≤ 1.20, C ≤ 1.50, D ≤ 2.00, E ≤ 2.60,
/// F ≤ 3.50, G above), against worked examples.
/// </summary>
public sealed class EnergyClassificationTests
{
    // A flat whose reference building needs 80 kWh/m² a year: the class bands in kWh/m² a year are
    // A4 ≤ 32, A3 ≤ 48, A2 ≤ 64, A1 ≤ 80, B ≤ 96, C ≤ 120, D ≤ 160, E ≤ 208, F ≤ 280, G above.
    [Theory]
    [InlineData("0", EnergyClass.A4)]
    [InlineData("32.00", EnergyClass.A4)]
    [InlineData("32.01", EnergyClass.A3)]
    [InlineData("48.00", EnergyClass.A3)]
    [InlineData("64.00", EnergyClass.A2)]
    [InlineData("64.01", EnergyClass.A1)]
    [InlineData("80.00", EnergyClass.A1)]
    [InlineData("80.01", EnergyClass.B)]
    [InlineData("96.00", EnergyClass.B)]
    [InlineData("120.00", EnergyClass.C)]
    [InlineData("120.01", EnergyClass.D)]
    [InlineData("160.00", EnergyClass.D)]
    [InlineData("208.00", EnergyClass.E)]
    [InlineData("208.01", EnergyClass.F)]
    [InlineData("280.00", EnergyClass.F)]
    [InlineData("280.01", EnergyClass.G)]
    [InlineData("612.40", EnergyClass.G)]
    public void Classify_Should_GiveTheBandsClass_When_TheReferenceIs80(string epGlNren, EnergyClass expected) =>
        Assert.Equal(expected, EnergyClassification.Classify(decimal.Parse(epGlNren, System.Globalization.CultureInfo.InvariantCulture), 80m));

    [Fact]
    public void Classify_Should_KeepARatioOnABoundInTheBetterClass_When_TheDivisionWouldNotBeExact()
    {
        // 0.40 × 72.33 = 28.932: the index 28.932 is exactly on A4's bound, though 28.932 / 72.33 is
        // not exactly 0.4 in binary floating point.
        Assert.Equal(EnergyClass.A4, EnergyClassification.Classify(28.932m, 72.33m));
        Assert.Equal(EnergyClass.A3, EnergyClassification.Classify(28.933m, 72.33m));
        // 1.20 × 95.55 = 114.66: class B, not C.
        Assert.Equal(EnergyClass.B, EnergyClassification.Classify(114.66m, 95.55m));
    }

    [Fact]
    public void Classify_Should_GiveARealisticClass_When_GivenATypicalPostWarFlat()
    {
        // A 1960s flat: 187.5 kWh/m² a year against a reference of 75 is a ratio of 2.5, class E.
        Assert.Equal(EnergyClass.E, EnergyClassification.Classify(187.5m, 75m));
        // The same flat after a deep renovation, 52 kWh/m² a year: 0.693, class A2.
        Assert.Equal(EnergyClass.A2, EnergyClassification.Classify(52m, 75m));
    }

    [Theory]
    [InlineData("-0.01", "80")]
    [InlineData("50", "0")]
    [InlineData("50", "-1")]
    public void Classify_Should_Throw_When_AnIndexIsOutOfRange(string epGlNren, string reference) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EnergyClassification.Classify(
            decimal.Parse(epGlNren, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(reference, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Bands_Should_ListTheTenClassesInOrder_When_Read()
    {
        Assert.Equal(
            [EnergyClass.A4, EnergyClass.A3, EnergyClass.A2, EnergyClass.A1, EnergyClass.B, EnergyClass.C, EnergyClass.D, EnergyClass.E, EnergyClass.F],
            EnergyClassification.Bands.Select(b => b.Class));
        Assert.Equal([0.40m, 0.60m, 0.80m, 1.00m, 1.20m, 1.50m, 2.00m, 2.60m, 3.50m], EnergyClassification.Bands.Select(b => b.UpperBound));
    }

    [Fact]
    public void EnergyCertificate_Should_ExpireTenYearsAfterIssue_When_Issued()
    {
        var certificate = new EnergyCertificate("APE-2016-0000001", "CU-0000001", "BLD-D969-000001", new DateOnly(2016, 2, 29), 187.5m, 75m,
            EnergyCertificatePurpose.Sale, "RSSMRA45D25F205N", "Mario Rossi");

        Assert.Equal(new DateOnly(2026, 2, 28), certificate.ExpiresOn);
        Assert.True(certificate.IsValidOn(new DateOnly(2026, 2, 27)));
        Assert.False(certificate.IsValidOn(new DateOnly(2026, 2, 28)));
        Assert.False(certificate.IsValidOn(new DateOnly(2016, 2, 28)));
        Assert.Equal(EnergyClass.E, certificate.Class);
    }
}
