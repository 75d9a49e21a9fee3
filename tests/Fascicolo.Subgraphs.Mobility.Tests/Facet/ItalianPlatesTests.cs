using Fascicolo.Domain.SyntheticCity.Mobility;

namespace Fascicolo.Subgraphs.Mobility.Tests.Facet;

/// <summary>The 1994 plate format and its national sequence.</summary>
public sealed class ItalianPlatesTests
{
    [Theory]
    [InlineData("FX318KM", true)]
    [InlineData("AA000AA", true)]
    [InlineData("ZZ999ZZ", true)]
    [InlineData("FX318KO", false)] // O is not used
    [InlineData("IX318KM", false)] // nor I
    [InlineData("FX318QM", false)] // nor Q
    [InlineData("UX318KM", false)] // nor U
    [InlineData("fx318km", false)]
    [InlineData("FX 318 KM", false)]
    [InlineData("FX3188KM", false)]
    [InlineData("GE123456", false)] // the pre-1994 provincial format
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_Should_AcceptOnlyTheAB123CDFormat_When_Checking(string? plate, bool valid)
    {
        Assert.Equal(valid, ItalianPlates.IsValid(plate));
    }

    [Theory]
    [InlineData(0L, "AA000AA")]
    [InlineData(999L, "AA999AA")]
    [InlineData(1000L, "AA000AB")] // the digits run fastest, then the last letters
    [InlineData(22_000L, "AA000BA")]
    [InlineData(484_000L, "AB000AA")] // then the first letters
    [InlineData(ItalianPlates.SequenceLength - 1, "ZZ999ZZ")]
    public void FromSequence_Should_FollowTheNationalOrder_When_Counting(long sequence, string plate)
    {
        Assert.Equal(plate, ItalianPlates.FromSequence(sequence));
        Assert.Equal(sequence, ItalianPlates.ToSequence(plate));
    }

    [Fact]
    public void SequenceOn_Should_GrowWithTheDate_When_PlatesAreIssuedOverTheYears()
    {
        var years = Enumerable.Range(1994, 33).Select(y => ItalianPlates.SequenceOn(new DateOnly(y, 6, 1))).ToList();

        Assert.Equal(years.Order(), years);
        Assert.StartsWith("AA", ItalianPlates.FromSequence(ItalianPlates.SequenceOn(new DateOnly(1994, 1, 1))), StringComparison.Ordinal);
        // The first letters of a 2019 registration are in the F series, as the persona's FX plate.
        Assert.StartsWith("F", ItalianPlates.FromSequence(ItalianPlates.SequenceOn(new DateOnly(2019, 3, 14))), StringComparison.Ordinal);
    }
}
