namespace Fascicolo.Domain.SyntheticCity.Isee;

/// <summary>The generated attestations with their index by household.</summary>
internal sealed class IseeRegister(IReadOnlyList<IseeAttestation> all)
{
    public IReadOnlyList<IseeAttestation> All { get; } = all;

    public Dictionary<string, IReadOnlyList<IseeAttestation>> ByHousehold { get; } = all
        .GroupBy(a => a.HouseholdId, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<IseeAttestation>)g.ToArray(), StringComparer.Ordinal);
}
