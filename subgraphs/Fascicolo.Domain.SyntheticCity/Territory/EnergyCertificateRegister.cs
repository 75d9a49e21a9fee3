namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>The generated energy certificates with their index by building.</summary>
internal sealed class EnergyCertificateRegister(IReadOnlyList<EnergyCertificate> all)
{
    public IReadOnlyList<EnergyCertificate> All { get; } = all;

    public Dictionary<string, IReadOnlyList<EnergyCertificate>> ByBuilding { get; } = all
        .GroupBy(c => c.BuildingId, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<EnergyCertificate>)g.ToArray(), StringComparer.Ordinal);
}
