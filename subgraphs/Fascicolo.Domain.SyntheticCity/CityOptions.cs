namespace Fascicolo.Domain.SyntheticCity;

/// <summary>What to generate: how many residents, from which seed, as of which day.</summary>
public sealed record CityOptions
{
    /// <summary>The fewest residents a city can have: enough for every demo persona and a few households.</summary>
    public const int MinResidents = 100;

    /// <summary>The most residents a city can have: Genova and its neighbours with some headroom.</summary>
    public const int MaxResidents = 600_000;

    /// <summary>The earliest reference date: every demo persona (the youngest born in 2019) must be born by then.</summary>
    public static DateOnly EarliestReferenceDate { get; } = new(2020, 1, 1);

    /// <summary>Total residents, demo personas included (exactly this many are generated).</summary>
    public int Residents { get; init; } = 2_000;

    /// <summary>The seed every random choice derives from.</summary>
    public ulong Seed { get; init; } = 20_261_126;

    /// <summary>The day ages, document validity and the like are computed at.</summary>
    public DateOnly ReferenceDate { get; init; } = new(2026, 1, 1);
}
