namespace Fascicolo.Domain.FiscalCodes.Tests;

public class FiscalCodeGeneratorTests
{
    private static readonly DateOnly SomeDate = new(1980, 1, 1);

    [Fact]
    public void Generate_Should_ReproduceExamples_When_GivenTheirPersonalData()
    {
        Assert.Equal(
            "RSSMRA45D25F205N",
            FiscalCodeGenerator.Generate(new PersonalData("Rossi", "Mario", new DateOnly(1945, 4, 25), Sex.Male, "F205")));
        Assert.Equal(
            "MRNLCU00A01H501J",
            FiscalCodeGenerator.Generate(new PersonalData("Marini", "Luca", new DateOnly(2000, 1, 1), Sex.Male, "H501")));
    }

    [Theory]
    [InlineData("Rossi", "RSS")]
    [InlineData("Fo", "FOX")]
    [InlineData("Li", "LIX")]
    [InlineData("Wu", "WUX")]
    [InlineData("O", "OXX")]
    [InlineData("Ai", "AIX")]
    [InlineData("", "XXX")]
    [InlineData("D'Angelo", "DNG")]
    [InlineData("D’Angelo", "DNG")]
    [InlineData("De Luca", "DLC")]
    [InlineData("Dell'Acqua", "DLL")]
    [InlineData("Lo Iacono", "LCN")]
    [InlineData("Müller", "MLL")]
    [InlineData("Çelik", "CLK")]
    [InlineData("Pérez-Núñez", "PRZ")]
    [InlineData("àèò", "AEO")]
    public void Generate_Should_TakeConsonantsThenVowelsPaddedWithX_When_EncodingSurname(string surname, string expected)
    {
        var code = FiscalCodeGenerator.Generate(new PersonalData(surname, "Mario", SomeDate, Sex.Male, "D969"));

        Assert.Equal(expected, code[..3]);
    }

    [Theory]
    [InlineData("Gianfranco", "GFR")]
    [InlineData("Francesco", "FNC")]
    [InlineData("Maria Grazia", "MGR")]
    [InlineData("Niccolò", "NCL")]
    [InlineData("Ștefan", "SFN")]
    [InlineData("Bjørn", "BRN")]
    [InlineData("Mario", "MRA")]
    [InlineData("Luca", "LCU")]
    [InlineData("Anna", "NNA")]
    [InlineData("Al", "LAX")]
    [InlineData("Ugo", "GUO")]
    [InlineData("Ea", "EAX")]
    public void Generate_Should_TakeFirstThirdAndFourthConsonant_When_GivenNameHasFourOrMoreConsonants(
        string givenName, string expected)
    {
        var code = FiscalCodeGenerator.Generate(new PersonalData("Rossi", givenName, SomeDate, Sex.Male, "D969"));

        Assert.Equal(expected, code[3..6]);
    }

    [Fact]
    public void Generate_Should_AddFortyToTheDay_When_PersonIsFemale()
    {
        var code = FiscalCodeGenerator.Generate(new PersonalData("Rossi", "Maria", new DateOnly(1970, 3, 15), Sex.Female, "D969"));

        Assert.Equal("RSSMRA70C55D969T", code);
    }

    [Theory]
    [InlineData(1, 'A')]
    [InlineData(5, 'E')]
    [InlineData(6, 'H')]
    [InlineData(7, 'L')]
    [InlineData(12, 'T')]
    public void Generate_Should_WriteMonthLetter_When_EncodingBirthMonth(int month, char expected)
    {
        var code = FiscalCodeGenerator.Generate(new PersonalData("Rossi", "Mario", new DateOnly(1980, month, 1), Sex.Male, "D969"));

        Assert.Equal(expected, code[8]);
    }

    [Fact]
    public void Generate_Should_WriteZCode_When_BornInAForeignState()
    {
        var code = FiscalCodeGenerator.Generate(new PersonalData("Fo", "Al", new DateOnly(1999, 2, 28), Sex.Male, "z404"));

        Assert.Equal("FOXLAX99B28Z404Z", code);
    }

    [Theory]
    [InlineData("F20")]
    [InlineData("F2055")]
    [InlineData("1205")]
    [InlineData("F2O5")]
    public void Generate_Should_Throw_When_BirthplaceCodeIsMalformed(string birthplace) =>
        Assert.Throws<ArgumentException>(() =>
            FiscalCodeGenerator.Generate(new PersonalData("Rossi", "Mario", SomeDate, Sex.Male, birthplace)));

    [Theory]
    [InlineData(1, "RSSMRA45D25F20RI")]
    [InlineData(7, "RSSMRAQRDNRFNLRX")]
    public void ApplyOmocodia_Should_ReplaceRightmostDigits_When_LevelIsGiven(int level, string expected) =>
        Assert.Equal(expected, FiscalCodeGenerator.ApplyOmocodia("RSSMRA45D25F205N", level));

    [Fact]
    public void ApplyOmocodia_Should_StartFromTheBaseCode_When_CodeIsAlreadyOmocodic() =>
        Assert.Equal("RSSMRA45D25F20RI", FiscalCodeGenerator.ApplyOmocodia("RSSMRAQRDNRFNLRX", 1));

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void ApplyOmocodia_Should_Throw_When_LevelIsOutOfRange(int level) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCodeGenerator.ApplyOmocodia("RSSMRA45D25F205N", level));

    [Fact]
    public void ApplyOmocodia_Should_Throw_When_CodeDoesNotHaveTheLayout() =>
        Assert.Throws<ArgumentException>(() => FiscalCodeGenerator.ApplyOmocodia("RSSMRA45D25F20", 1));

    [Theory]
    [InlineData("RSSMRA45D25F205", 'N')]
    [InlineData("MRNLCU00A01H501", 'J')]
    [InlineData("rssmra45d25f205", 'N')]
    public void ComputeCheckCharacter_Should_ReturnTheCheckLetter_When_GivenFifteenCharacters(string first15, char expected) =>
        Assert.Equal(expected, FiscalCodeGenerator.ComputeCheckCharacter(first15));

    [Theory]
    [InlineData("RSSMRA45D25F20")]
    [InlineData("RSSMRA45D25F2055")]
    [InlineData("RSSMRA45D25F20-")]
    public void ComputeCheckCharacter_Should_Throw_When_InputIsNotFifteenLettersOrDigits(string first15) =>
        Assert.Throws<ArgumentException>(() => FiscalCodeGenerator.ComputeCheckCharacter(first15));
}
