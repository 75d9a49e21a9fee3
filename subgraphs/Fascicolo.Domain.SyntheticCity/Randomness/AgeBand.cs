namespace Fascicolo.Domain.SyntheticCity.Randomness;

/// <summary>A range of ages in completed years, both ends included.</summary>
/// <param name="Min">The youngest age.</param>
/// <param name="Max">The oldest age.</param>
internal readonly record struct AgeBand(int Min, int Max)
{
    /// <summary>A uniform age in the band.</summary>
    public int Draw(SplitMix64 random) => random.Next(Min, Max);
}
