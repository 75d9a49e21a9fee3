namespace Fascicolo.Domain.FiscalCodes.Tests;

public class FiscalCodeRejectionTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryParse_Should_ReportEmpty_When_InputIsBlank(string? input) =>
        AssertRejected(input, FiscalCodeError.Empty);

    [Theory]
    [InlineData("RSSMRA45D25F205")]
    [InlineData("RSSMRA45D25F205NN")]
    public void TryParse_Should_ReportInvalidLength_When_CodeIsNot16Characters(string input) =>
        AssertRejected(input, FiscalCodeError.InvalidLength);

    [Theory]
    [InlineData("RSSMRA4XD25F205N")]
    [InlineData("1SSMRA45D25F205N")]
    [InlineData("RSSMRA45D25F2O5N")]
    [InlineData("RSSMRA45D25F2055")]
    [InlineData("RSSMRÀ45D25F205N")]
    public void TryParse_Should_ReportInvalidFormat_When_ACharacterDoesNotFitTheLayout(string input) =>
        AssertRejected(input, FiscalCodeError.InvalidFormat);

    [Fact]
    public void TryParse_Should_ReportInvalidMonth_When_MonthLetterIsNotAMonth() =>
        AssertRejected("RSSMRA45F25F205N", FiscalCodeError.InvalidMonth);

    [Theory]
    [InlineData("RSSMRA45D32F205G")]
    [InlineData("RSSMRA45D00F205N")]
    [InlineData("RSSMRA45D40F205N")]
    [InlineData("RSSMRA45D72F205N")]
    [InlineData("RSSMRA45B30F205N")]
    [InlineData("RSSMRA45B29F205O")]
    public void TryParse_Should_ReportInvalidDay_When_DayIsOutOfRangeOrNotInTheMonth(string input) =>
        AssertRejected(input, FiscalCodeError.InvalidDay);

    [Fact]
    public void TryParse_Should_ReportUnknownBirthplace_When_BelfioreCodeIsNotInTheData() =>
        AssertRejected("RSSMRA45D25A000S", FiscalCodeError.UnknownBirthplace);

    [Fact]
    public void TryParse_Should_ReportBirthplaceNotValidAtBirthDate_When_CodeWasNotYetInForce()
    {
        // The shipped data has no validity dates, so this error needs data that has them.
        var milano = new Birthplace("F205", "MILANO", "MI", false, new DateOnly(1950, 1, 1), null, true);
        var birthplaces = new Birthplaces([milano]);

        var parsed = FiscalCode.TryParse(
            "RSSMRA45D25F205N", Generators.ReferenceDate, birthplaces, out _, out var error);

        Assert.False(parsed);
        Assert.Equal(FiscalCodeError.BirthplaceNotValidAtBirthDate, error);
    }

    [Fact]
    public void TryParse_Should_ReportCheckCharacterMismatch_When_CheckCharacterIsWrong() =>
        AssertRejected("RSSMRA45D25F205A", FiscalCodeError.CheckCharacterMismatch);

    [Fact]
    public void Parse_Should_ThrowWithErrorAndCode_When_CodeIsInvalid()
    {
        var exception = Assert.Throws<FiscalCodeFormatException>(() => FiscalCode.Parse("RSSMRA45F25F205N"));

        Assert.Equal(FiscalCodeError.InvalidMonth, exception.Error);
        Assert.Equal("INVALID_MONTH", exception.Code);
        Assert.Equal(FiscalCodeError.InvalidMonth.Describe(), exception.Message);
    }

    private static void AssertRejected(string? input, FiscalCodeError expected)
    {
        var parsed = FiscalCode.TryParse(input, Generators.ReferenceDate, Birthplaces.Default, out var code, out var error);

        Assert.False(parsed);
        Assert.Equal(expected, error);
        Assert.Equal(default, code);
    }
}
