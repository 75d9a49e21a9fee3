namespace Fascicolo.Domain.FiscalCodes.Tests;

public class BirthplacesTests
{
    [Theory]
    [InlineData("D969", "GENOVA", "GE")]
    [InlineData("F205", "MILANO", "MI")]
    [InlineData("H501", "ROMA", "RM")]
    [InlineData("I480", "SAVONA", "SV")]
    [InlineData("E463", "LA SPEZIA", "SP")]
    [InlineData("E290", "IMPERIA", "IM")]
    public void TryGet_Should_FindMunicipality_When_CodeIsAnActiveBelfioreCode(string code, string name, string province)
    {
        Assert.True(Birthplaces.Default.TryGet(code, out var birthplace));
        Assert.Equal(name, birthplace.Name);
        Assert.Equal(province, birthplace.Province);
        Assert.False(birthplace.IsForeignState);
        Assert.True(birthplace.IsActive);
    }

    [Fact]
    public void TryGet_Should_IgnoreCase_When_CodeIsLowerCase()
    {
        Assert.True(Birthplaces.Default.TryGet("d969", out var genova));
        Assert.Equal("D969", genova.Code);
    }

    [Fact]
    public void TryGet_Should_Fail_When_CodeIsUnknown() =>
        Assert.False(Birthplaces.Default.TryGet("A000", out _));

    [Fact]
    public void ActiveMunicipalities_Should_IncludeEveryLigurianMunicipality_When_DataIsLoaded()
    {
        var liguria = Birthplaces.Default.ActiveMunicipalities.Count(b => b.Province is "GE" or "SV" or "SP" or "IM");

        Assert.Equal(234, liguria);
    }

    [Fact]
    public void Default_Should_HoldCurrentCeasedAndForeignCodes_When_DataIsLoaded()
    {
        var birthplaces = Birthplaces.Default;

        Assert.Equal(10_713, birthplaces.All.Count);
        Assert.Equal(7_896, birthplaces.ActiveMunicipalities.Count);
        Assert.Equal(292, birthplaces.ForeignStates.Count);
        Assert.All(birthplaces.ForeignStates, b => Assert.StartsWith("Z", b.Code, StringComparison.Ordinal));
        Assert.All(birthplaces.All, b => Assert.Null(b.ValidFrom));
        Assert.All(birthplaces.All, b => Assert.Null(b.ValidTo));
    }

    [Fact]
    public void TryGet_Should_KeepFormerNames_When_MunicipalityWasRenamed()
    {
        Assert.True(Birthplaces.Default.TryGet("A001", out var abano));

        Assert.Equal("ABANO TERME", abano.Name);
        Assert.Contains("ABANO BAGNI", abano.OtherNames);
    }

    [Fact]
    public void TryGet_Should_FindCeasedMunicipality_When_CodeIsNoLongerActive()
    {
        Assert.True(Birthplaces.Default.TryGet("A121", out var alano));

        Assert.False(alano.IsActive);
        Assert.Equal("ALANO DI PIAVE", alano.Name);
    }

    [Fact]
    public void Constructor_Should_Throw_When_ACodeAppearsTwice()
    {
        var genova = new Birthplace("D969", "GENOVA", "GE", false, null, null, true);

        Assert.Throws<ArgumentException>(() => new Birthplaces([genova, genova with { Name = "ZENA" }]));
    }

    [Theory]
    [InlineData(1950, 1, 1, false)]
    [InlineData(1960, 1, 1, true)]
    [InlineData(1970, 12, 31, true)]
    [InlineData(1971, 1, 1, false)]
    public void IsValidOn_Should_IncludeBothBounds_When_DatesAreKnown(int year, int month, int day, bool expected)
    {
        var birthplace = new Birthplace("A000", "TEST", "GE", false, new DateOnly(1960, 1, 1), new DateOnly(1970, 12, 31), false);

        Assert.Equal(expected, birthplace.IsValidOn(new DateOnly(year, month, day)));
    }
}
