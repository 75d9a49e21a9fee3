namespace Fascicolo.Domain.FiscalCodes.Tests;

public class CompanyFiscalCodeTests
{
    [Theory]
    [InlineData("00856930102")]
    [InlineData("00000000000")]
    [InlineData(" 00856930102 ")]
    public void Parse_Should_Accept_When_CheckDigitMatches(string input)
    {
        var code = CompanyFiscalCode.Parse(input);

        Assert.Equal(input.Trim(), code.Value);
        Assert.Equal(input.Trim(), code.ToString());
    }

    [Theory]
    [InlineData(null, CompanyFiscalCodeError.Empty)]
    [InlineData(" ", CompanyFiscalCodeError.Empty)]
    [InlineData("0085693010", CompanyFiscalCodeError.InvalidLength)]
    [InlineData("IT00856930102", CompanyFiscalCodeError.InvalidLength)]
    [InlineData("0085693010X", CompanyFiscalCodeError.NotNumeric)]
    [InlineData("00856930103", CompanyFiscalCodeError.CheckDigitMismatch)]
    public void TryParse_Should_ReportTheFirstFailingCheck_When_CodeIsInvalid(string? input, CompanyFiscalCodeError expected)
    {
        Assert.False(CompanyFiscalCode.TryParse(input, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Parse_Should_ThrowWithErrorAndCode_When_CodeIsInvalid()
    {
        var exception = Assert.Throws<CompanyFiscalCodeFormatException>(() => CompanyFiscalCode.Parse("00856930103"));

        Assert.Equal(CompanyFiscalCodeError.CheckDigitMismatch, exception.Error);
        Assert.Equal("CHECK_DIGIT_MISMATCH", exception.Code);
    }

    [Fact]
    public void ComputeCheckDigit_Should_SumOddPositionsAndDoubledEvenPositions_When_GivenTenDigits()
    {
        // 0+0+8+5+6+9+3+0+1+0 with even positions doubled (and reduced by 9): 0+0+8+1+6+9+3+0+1+0 = 28 -> 2.
        Assert.Equal('2', CompanyFiscalCode.ComputeCheckDigit("0085693010"));
    }

    [Theory]
    [InlineData("008569301")]
    [InlineData("008569301A")]
    public void ComputeCheckDigit_Should_Throw_When_InputIsNotTenDigits(string first10) =>
        Assert.Throws<ArgumentException>(() => CompanyFiscalCode.ComputeCheckDigit(first10));

    [Theory]
    [InlineData(85693010L, "00856930102")]
    [InlineData(0L, "00000000000")]
    public void Generate_Should_PadToTenDigitsAndAppendCheckDigit_When_GivenABase(long tenDigitBase, string expected) =>
        Assert.Equal(expected, CompanyFiscalCode.Generate(tenDigitBase));

    [Theory]
    [InlineData(-1L)]
    [InlineData(10_000_000_000L)]
    public void Generate_Should_Throw_When_BaseIsNotTenDigits(long tenDigitBase) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CompanyFiscalCode.Generate(tenDigitBase));
}
