namespace Fascicolo.Domain.FiscalCodes.Tests;

public class FiscalCodeParseTests
{
    [Theory]
    [InlineData("RSSMRA45D25F205N", 1945, 4, 25, Sex.Male, "F205")]
    [InlineData("MRNLCU00A01H501J", 2000, 1, 1, Sex.Male, "H501")]
    [InlineData("RSSMRA70C55D969T", 1970, 3, 15, Sex.Female, "D969")]
    public void Parse_Should_DecodeBirthDateSexAndBirthplace_When_CodeIsValid(
        string input, int year, int month, int day, Sex sex, string birthplace)
    {
        var code = Generators.ParseAtReferenceDate(input);

        Assert.Equal(input, code.Value);
        Assert.Equal(input, code.BaseCode);
        Assert.False(code.IsOmocodic);
        Assert.Equal(new DateOnly(year, month, day), code.BirthDate);
        Assert.Equal(sex, code.Sex);
        Assert.Equal(birthplace, code.BirthplaceCode);
        Assert.Equal(input, code.ToString());
    }

    [Fact]
    public void TryParse_Should_Succeed_When_ExamplesAreParsedAgainstToday()
    {
        Assert.True(FiscalCode.TryParse("RSSMRA45D25F205N", out var rossi, out _));
        Assert.True(FiscalCode.TryParse("MRNLCU00A01H501J", out var marino, out _));

        Assert.Equal(new DateOnly(1945, 4, 25), rossi.BirthDate);
        Assert.Equal(new DateOnly(2000, 1, 1), marino.BirthDate);
    }

    [Fact]
    public void Parse_Should_TrimAndUpperCase_When_InputHasSpacesAndLowerCase()
    {
        var code = FiscalCode.Parse("  rssmra45d25f205n \t");

        Assert.Equal("RSSMRA45D25F205N", code.Value);
    }

    [Theory]
    [InlineData("RSSMRA45D25F20RI", "RSSMRA45D25F205N")]
    [InlineData("RSSMRAQRDNRFNLRX", "RSSMRA45D25F205N")]
    [InlineData("MRNLCU00A01HRLMH", "MRNLCU00A01H501J")]
    public void Parse_Should_DecodeOmocodicCode_When_DigitsAreReplacedFromTheRight(string omocodic, string baseCode)
    {
        var code = Generators.ParseAtReferenceDate(omocodic);
        var original = Generators.ParseAtReferenceDate(baseCode);

        Assert.True(code.IsOmocodic);
        Assert.Equal(omocodic, code.Value);
        Assert.Equal(baseCode, code.BaseCode);
        Assert.Equal(original.BirthDate, code.BirthDate);
        Assert.Equal(original.Sex, code.Sex);
        Assert.Equal(original.BirthplaceCode, code.BirthplaceCode);
        Assert.NotEqual(original, code);
    }

    [Fact]
    public void Parse_Should_AcceptOmocodia_When_OnlyALeftPositionIsSubstituted()
    {
        // Issuers substitute from the right, but the specification asks to accept any subset.
        var first15 = "RSSMRAQ5D25F205";
        var input = first15 + FiscalCodeGenerator.ComputeCheckCharacter(first15);

        var code = Generators.ParseAtReferenceDate(input);

        Assert.True(code.IsOmocodic);
        Assert.Equal("RSSMRA45D25F205N", code.BaseCode);
        Assert.Equal(new DateOnly(1945, 4, 25), code.BirthDate);
    }

    [Theory]
    [InlineData(2025, 2025)]
    [InlineData(2024, 1925)]
    [InlineData(2026, 2025)]
    public void Parse_Should_ResolveCenturyToLatestYearNotAfterReferenceYear_When_TwoDigitYearIsAmbiguous(
        int referenceYear, int expectedYear)
    {
        var first15 = "RSSMRA25D25F205";
        var input = first15 + FiscalCodeGenerator.ComputeCheckCharacter(first15);

        var code = FiscalCode.Parse(input, new DateOnly(referenceYear, 1, 1), Birthplaces.Default);

        Assert.Equal(expectedYear, code.BirthDate.Year);
    }

    [Fact]
    public void Parse_Should_AcceptLeapDay_When_ResolvedYearIsLeap()
    {
        var code = Generators.ParseAtReferenceDate("MRNLCU00B29H501F");

        Assert.Equal(new DateOnly(2000, 2, 29), code.BirthDate);
    }

    [Fact]
    public void Parse_Should_ReturnForeignState_When_BirthplaceIsZCode()
    {
        var code = Generators.ParseAtReferenceDate("FOXLAX99B28Z404Z");

        Assert.Equal("Z404", code.BirthplaceCode);
        Assert.True(Birthplaces.Default.TryGet(code.BirthplaceCode, out var birthplace));
        Assert.True(birthplace.IsForeignState);
        Assert.Null(birthplace.Province);
    }

    [Fact]
    public void Equals_Should_CompareIssuedValue_When_CodesDifferOnlyInCase()
    {
        Assert.Equal(FiscalCode.Parse("RSSMRA45D25F205N"), FiscalCode.Parse("rssmra45d25f205n"));
        Assert.Equal(
            FiscalCode.Parse("RSSMRA45D25F205N").GetHashCode(),
            FiscalCode.Parse(" rssmra45d25f205n").GetHashCode());
    }

    [Fact]
    public void Value_Should_BeEmpty_When_CodeIsDefault()
    {
        var code = default(FiscalCode);

        Assert.Equal(string.Empty, code.Value);
        Assert.Equal(string.Empty, code.ToString());
    }
}
