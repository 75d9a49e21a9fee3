using Fascicolo.Domain.Taxes.Imu;

namespace Fascicolo.Domain.Taxes.Tests;

public sealed class CadastralCategoryTests
{
    [Theory]
    [InlineData("A/1", 160)]
    [InlineData("A/2", 160)]
    [InlineData("A/9", 160)]
    [InlineData("A/10", 80)]
    [InlineData("A/11", 160)]
    [InlineData("B/4", 140)]
    [InlineData("C/1", 55)]
    [InlineData("C/2", 160)]
    [InlineData("C/3", 140)]
    [InlineData("C/4", 140)]
    [InlineData("C/5", 140)]
    [InlineData("C/6", 160)]
    [InlineData("C/7", 160)]
    [InlineData("D/1", 65)]
    [InlineData("D/5", 80)]
    [InlineData("D/10", 65)]
    public void ImuMultiplier_Should_BeTheLegalOne_When_ParsingACategory(string text, int multiplier)
    {
        Assert.Equal(multiplier, CadastralCategory.Parse(text).ImuMultiplier);
    }

    [Theory]
    [InlineData("A/1", true)]
    [InlineData("A/8", true)]
    [InlineData("A/9", true)]
    [InlineData("A/2", false)]
    [InlineData("A/10", false)]
    public void IsLuxury_Should_HoldOnlyForA1A8A9_When_Asked(string text, bool luxury)
    {
        Assert.Equal(luxury, CadastralCategory.Parse(text).IsLuxury);
    }

    [Theory]
    [InlineData("E/1")]
    [InlineData("F/2")]
    [InlineData("A/12")]
    [InlineData("A/0")]
    [InlineData("A/01")]
    [InlineData("C/8")]
    [InlineData("A2")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_Should_Refuse_When_TheCategoryHasNoImuMultiplier(string? text)
    {
        Assert.False(CadastralCategory.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Should_IgnoreCaseAndSpaces_When_TheCategoryIsValid()
    {
        Assert.Equal("C/6", CadastralCategory.Parse(" c/6 ").ToString());
    }
}
