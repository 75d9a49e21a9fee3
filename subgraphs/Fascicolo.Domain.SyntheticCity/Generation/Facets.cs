using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>
/// The independent random streams of a city, one per facet. A facet added later (vehicles,
/// companies, benefits) derives its own label and so cannot change what these produce.
/// </summary>
internal sealed class Facets(ulong seed)
{
    /// <summary>Household sizes, shapes, ages, sexes, civil status.</summary>
    public StreamKey Households { get; } = StreamKey.Root(seed).Derive("households");

    /// <summary>Birthplaces and citizenships.</summary>
    public StreamKey Origins { get; } = StreamKey.Root(seed).Derive("origins");

    /// <summary>Surnames and given names.</summary>
    public StreamKey Names { get; } = StreamKey.Root(seed).Derive("names");

    /// <summary>Which residents get an omocodic code on purpose.</summary>
    public StreamKey Omocodia { get; } = StreamKey.Root(seed).Derive("omocodia");

    /// <summary>Buildings and dwellings.</summary>
    public StreamKey Housing { get; } = StreamKey.Root(seed).Derive("housing");

    /// <summary>Identity documents.</summary>
    public StreamKey Documents { get; } = StreamKey.Root(seed).Derive("documents");
}
