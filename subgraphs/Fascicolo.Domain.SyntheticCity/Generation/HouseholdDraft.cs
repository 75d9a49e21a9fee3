using Fascicolo.Domain.SyntheticCity.Data;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>A household while the generator fills it in.</summary>
/// <param name="area">Where it lives.</param>
/// <param name="streamName">With <paramref name="streamIndex"/>, names its random streams: the area key, or the persona's.</param>
/// <param name="streamIndex">The household's number within <paramref name="streamName"/>, whatever the city's size.</param>
internal sealed class HouseholdDraft(AreaProfile area, string streamName, int streamIndex)
{
    /// <summary>Where it lives.</summary>
    public AreaProfile Area { get; } = area;

    /// <summary>The members, the head first.</summary>
    public List<PersonDraft> Members { get; } = [];

    /// <summary>Whether the family immigrated (its country is chosen by the origins facet).</summary>
    public bool IsImmigrant { get; set; }

    /// <summary>The head.</summary>
    public PersonDraft Head => Members[0];

    /// <summary>The stream of <paramref name="facet"/> for this household.</summary>
    public SplitMix64 Open(StreamKey facet) => facet.Derive(streamName).Derive(streamIndex).Open();

    /// <summary>The stream of <paramref name="facet"/> for member number <paramref name="member"/>.</summary>
    public SplitMix64 Open(StreamKey facet, int member) => facet.Derive(streamName).Derive(streamIndex).Derive(member).Open();
}
