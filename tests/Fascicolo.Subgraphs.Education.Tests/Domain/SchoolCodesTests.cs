using Fascicolo.Domain.SyntheticCity.Education;

namespace Fascicolo.Subgraphs.Education.Tests.Domain;

public sealed class SchoolCodesTests
{
    [Fact]
    public void State_Should_AppendTheWeightedCheckCharacter_When_AnInstituteIsCoded()
    {
        // G16×1 + E14×2 + I18×3 + C12×4 + 8×5 + 1×6 + 2×7 + 0×8 + 0×9 = 206; 206 mod 36 = 26 → 'Q'.
        Assert.Equal("GEIC81200Q", SchoolCodes.State("GE", SchoolCodes.InstituteType, 812, 0));
    }

    [Theory]
    [InlineData(SchoolOrder.Preschool, "AA")]
    [InlineData(SchoolOrder.Primary, "EE")]
    [InlineData(SchoolOrder.LowerSecondary, "MM")]
    public void State_Should_HaveTheMinistryShape_When_APlessoIsCoded(SchoolOrder order, string type)
    {
        var code = SchoolCodes.State("GE", SchoolCodes.StateType(order), 801, 2);

        Assert.Matches($"^GE{type}80102[0-9A-Z]$", code);
        Assert.Equal(SchoolCodes.CheckCharacter(code[..9]), code[9]);
    }

    [Fact]
    public void StateType_Should_Throw_When_TheOrderIsNursery()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SchoolCodes.StateType(SchoolOrder.Nursery));
    }

    [Theory]
    [InlineData(SchoolOrder.Nursery, 8, 1, "D969-NIDO-801")]
    [InlineData(SchoolOrder.Preschool, 2, 12, "D969-INF-212")]
    public void Municipal_Should_CarryTheBelfioreCodeKindAndMunicipio_When_Coded(SchoolOrder order, int municipio, int sequence, string expected)
    {
        Assert.Equal(expected, SchoolCodes.Municipal("D969", order, municipio, sequence));
    }
}
