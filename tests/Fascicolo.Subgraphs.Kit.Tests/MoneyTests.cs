namespace Fascicolo.Subgraphs.Kit.Tests;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(0L, "€ 0,00")]
    [InlineData(5L, "€ 0,05")]
    [InlineData(123_456L, "€ 1.234,56")]
    [InlineData(100_000_000L, "€ 1.000.000,00")]
    [InlineData(-4_250L, "-€ 42,50")]
    [InlineData(long.MinValue, "-€ 92.233.720.368.547.758,08")]
    public void Formatted_Should_UseItalianSeparators_When_TheHostHasInvariantGlobalization(long cents, string expected)
    {
        Assert.Equal(expected, new Money(cents).Formatted);
    }

    [Fact]
    public void Addition_Should_Throw_When_ItOverflows()
    {
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue) + new Money(1));
    }
}
