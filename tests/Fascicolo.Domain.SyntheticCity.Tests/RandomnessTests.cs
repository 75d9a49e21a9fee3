using Fascicolo.Domain.SyntheticCity.Generation;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Tests;

public sealed class RandomnessTests
{
    [Fact]
    public void SplitMix64_Should_MatchTheReferenceSequence_When_SeededWithZero()
    {
        // The first outputs of Vigna's splitmix64.c seeded with 0.
        var random = new SplitMix64(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, random.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.NextUInt64());
        Assert.Equal(0x06C45D188009454FUL, random.NextUInt64());
    }

    [Fact]
    public void StreamKey_Should_GiveTheSameStream_When_DerivedTheSameWay()
    {
        var first = StreamKey.Root(42).Derive("names").Derive("D969-1").Derive(7).Open().NextUInt64();
        var second = StreamKey.Root(42).Derive("names").Derive("D969-1").Derive(7).Open().NextUInt64();

        Assert.Equal(first, second);
    }

    [Fact]
    public void StreamKey_Should_GiveDifferentStreams_When_LabelsOrIndicesDiffer()
    {
        var root = StreamKey.Root(42);
        ulong[] values =
        [
            root.Derive("names").Open().NextUInt64(),
            root.Derive("households").Open().NextUInt64(),
            root.Derive("names").Derive(1).Open().NextUInt64(),
            root.Derive("names").Derive(2).Open().NextUInt64(),
            StreamKey.Root(43).Derive("names").Open().NextUInt64(),
        ];

        Assert.Equal(values.Length, values.Distinct().Count());
    }

    [Fact]
    public void WeightedTable_Should_PickInProportionToWeights_When_DrawnOften()
    {
        var table = new WeightedTable<string>([("rare", 1), ("common", 3)]);
        var random = new SplitMix64(5);

        var common = Enumerable.Range(0, 40_000).Count(_ => table.Pick(random) == "common");

        Assert.InRange(common / 40_000.0, 0.74, 0.76);
    }

    [Fact]
    public void Next_Should_StayWithinBounds_When_RangeIsInclusive()
    {
        var random = new SplitMix64(9);

        var values = Enumerable.Range(0, 10_000).Select(_ => random.Next(3, 5)).ToHashSet();

        Assert.Equal(new HashSet<int> { 3, 4, 5 }, values);
    }

    [Fact]
    public void Apportion_Should_SplitExactlyInProportion_When_WeightsAreUneven()
    {
        var quotas = PopulationPlan.Apportion(10, [1, 1, 1]);

        Assert.Equal([4, 3, 3], quotas);
        Assert.Equal(560_000, PopulationPlan.Apportion(560_000, [89_000, 65_000, 11_400]).Sum());
    }
}
